package io.phasewise.adapters.rest.indicator;

import io.phasewise.adapters.rest.csv.CsvDownload;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.indicator.port.in.IndicatorSeries;
import io.phasewise.application.indicator.port.in.QueryIndicatorUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.enums.ParameterStyle;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.Map;

/** Resource: any catalogued indicator of an asset over a range of bars, as JSON points or as a CSV download. */
@Path("/api/assets/{id}/indicators/{name}")
@Tag(name = "indicators")
public final class IndicatorResource {
  private final QueryIndicatorUseCase indicators;
  private final Clock clock;

  public IndicatorResource(QueryIndicatorUseCase indicators, Clock clock) {
    this.indicators = indicators;
    this.clock = clock;
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON + ";qs=1")
  @Operation(summary = "An indicator at every bar of a range, oldest first; or, as text/csv, the same as a download",
      description = "Values equal a computation over the asset's whole history up to the end of the range, and are "
          + "null while the indicator warms up. CSV is chosen with Accept: text/csv or ?format=csv and has the columns "
          + "time and one per output, empty while warming up.",
      parameters = @Parameter(name = "parameters", in = ParameterIn.QUERY, style = ParameterStyle.FORM,
          explode = Explode.TRUE, schema = @Schema(implementation = Map.class),
          description = "the indicator's parameters, each as a query parameter of its own name (period=14); absent ones "
              + "take their defaults; GET /api/indicators lists them"),
      responses = @ApiResponse(responseCode = "200", description = "the series, or the CSV download", content = {
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IndicatorSeriesJson.class)),
          @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string"))}))
  public IndicatorSeriesJson series(@PathParam("id") @Positive long id,
      @PathParam("name") @Parameter(description = "an indicator of GET /api/indicators", example = "rsi") String name,
      @BeanParam IndicatorParams params, @Context UriInfo uri) {
    return IndicatorSeriesJson.of(compute(id, name, params, uri));
  }

  @GET
  @Produces(ApiMediaTypes.TEXT_CSV + ";qs=0.5")
  @Operation(hidden = true, summary = "documented with the JSON series: OpenAPI has one GET per path")
  public Response csv(@PathParam("id") @Positive long id, @PathParam("name") String name,
      @BeanParam IndicatorParams params, @Context UriInfo uri) {
    IndicatorCsv csv = new IndicatorCsv(compute(id, name, params, uri));
    return CsvDownload.attachment(csv.filename(), csv);
  }

  private IndicatorSeries compute(long id, String name, IndicatorParams params, UriInfo uri) {
    return indicators.compute(params.query(id, name, uri.getQueryParameters(), clock)).getOrElseThrow(FailureException::new);
  }
}
