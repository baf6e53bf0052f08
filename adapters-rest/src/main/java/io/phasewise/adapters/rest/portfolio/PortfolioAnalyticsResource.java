package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.account.CurrentUser;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.csv.CsvDownload;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.portfolio.port.in.PerformanceQuery;
import io.phasewise.application.portfolio.port.in.PortfolioPerformance;
import io.phasewise.application.portfolio.port.in.PortfolioPerformanceUseCase;
import io.phasewise.application.portfolio.port.in.ValuationQuery;
import io.phasewise.application.portfolio.port.in.ValuePortfolioUseCase;
import io.phasewise.domain.portfolio.Valuation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Resource: what the caller's portfolio is worth as of a day (holdings with lots, the summary) and how
 * it performed over a period (labelled returns and risk figures, the daily value series).
 */
@Path("/api/me/portfolios")
@Tag(name = "portfolios")
@SecurityRequirement(name = MeResource.BEARER)
public final class PortfolioAnalyticsResource {
  private static final String AS_OF = "the day to value the portfolio at, at its close (ISO date, 1900-01-01 to 9999-12-31); "
      + "events after it are ignored. Default: today (UTC)";
  private static final String REFUSALS = " A date that does not parse or lies out of range is a 400 naming its parameter; another "
      + "user's portfolio is the 404 of a missing one.";

  private final ValuePortfolioUseCase value;
  private final PortfolioPerformanceUseCase performance;

  public PortfolioAnalyticsResource(ValuePortfolioUseCase value, PortfolioPerformanceUseCase performance) {
    this.value = value;
    this.performance = performance;
  }

  @GET
  @Path("{portfolioId}/holdings")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The portfolio as of a day: holdings with their open lots and gains, closed positions, cash and the summary",
      description = "Gains are net and gross of fees; unrealized is the gain since each lot was opened (the tax view), realized is split "
          + "into price and currency parts. Splits from the candle store are applied, rates come from its forex assets." + REFUSALS)
  public ValuationJson holdings(@PathParam("portfolioId") String portfolioId,
      @QueryParam("asOf") @Parameter(description = AS_OF, example = "2024-06-28") String asOf, @Context SecurityContext security) {
    return ValuationJson.of(valued(security, portfolioId, asOf));
  }

  @GET
  @Path("{portfolioId}/summary")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The portfolio's headline figures as of a day: value, total and day gain, cash, invested amount, holdings",
      description = "The same figures as the summary of GET .../holdings, with the warnings of the valuation." + REFUSALS)
  public ValuationSummaryJson summary(@PathParam("portfolioId") String portfolioId,
      @QueryParam("asOf") @Parameter(description = AS_OF, example = "2024-06-28") String asOf, @Context SecurityContext security) {
    return ValuationSummaryJson.of(valued(security, portfolioId, asOf));
  }

  @GET
  @Path("{portfolioId}/performance")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "How the portfolio performed over a period: TWR, XIRR, Modified Dietz and simple ROI, each with its formula; "
      + "risk figures on the TWR index; each holding's contribution; the comparison with a benchmark",
      description = "Say which return: the time-weighted return measures the investments (deposits and withdrawals do not move it), the "
          + "money-weighted ones the investor's money (timing included). Every figure's formula is in the schema." + REFUSALS
          + " An unknown benchmark is a 400 naming 'benchmark'.")
  public PerformanceJson performance(@PathParam("portfolioId") String portfolioId, @BeanParam PerformanceParams params,
      @Context SecurityContext security) {
    PerformanceQuery query = params.query(CurrentUser.require(security), PathIds.portfolio(portfolioId));
    return PerformanceJson.of(portfolioId, measured(query), query.riskFreeRate());
  }

  @GET
  @Path("{portfolioId}/value-series")
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @Operation(summary = "The daily value series of a period: market value, external flows, the TWR index and the benchmark's index",
      description = "As text/csv (Accept: text/csv or ?format=csv) the columns are "
          + "date,market_value,inflow,outflow,twr_index,benchmark_index, an empty cell where a value is undefined." + REFUSALS,
      responses = @ApiResponse(responseCode = "200", description = "the series, or the CSV download", content = {
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValueSeriesJson.class)),
          @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string"))}))
  public ValueSeriesJson valueSeries(@PathParam("portfolioId") String portfolioId, @BeanParam PerformanceParams params,
      @Context SecurityContext security) {
    return ValueSeriesJson.of(portfolioId, measured(params.query(CurrentUser.require(security), PathIds.portfolio(portfolioId))));
  }

  @GET
  @Path("{portfolioId}/value-series")
  @Produces(ApiMediaTypes.TEXT_CSV + ";qs=0.5")
  @Operation(hidden = true, summary = "documented with the JSON series: OpenAPI has one GET per path")
  public Response valueSeriesCsv(@PathParam("portfolioId") String portfolioId, @BeanParam PerformanceParams params,
      @Context SecurityContext security) {
    ValueSeriesJson series = valueSeries(portfolioId, params, security);
    return CsvDownload.attachment("value-series-" + series.from() + "-" + series.to() + ".csv", series::writeCsv);
  }

  private Valuation valued(SecurityContext security, String portfolioId, String asOf) {
    ValuationQuery query = new ValuationQuery(CurrentUser.require(security), PathIds.portfolio(portfolioId), PerformanceParams.day("asOf", asOf));
    return value.value(query).getOrElseThrow(FailureException::new);
  }

  private PortfolioPerformance measured(PerformanceQuery query) {
    return performance.performance(query).getOrElseThrow(FailureException::new);
  }
}
