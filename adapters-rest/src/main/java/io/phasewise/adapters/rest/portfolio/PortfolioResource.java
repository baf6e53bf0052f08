package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.account.CurrentUser;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.portfolio.port.in.LedgerExport;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.in.SyncLogQuery;
import io.phasewise.application.portfolio.port.in.TransferResult;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.Portfolio;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * Resource: the caller's portfolios, their settings, transfers between them, their sync logs and their
 * ledgers as CSV. The ledger's events have their own resource ({@link LedgerResource}).
 */
@Path("/api/me/portfolios")
@Tag(name = "portfolios")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MeResource.BEARER)
public final class PortfolioResource {
  private final PortfolioUseCases portfolios;

  public PortfolioResource(PortfolioUseCases portfolios) {
    this.portfolios = portfolios;
  }

  @GET
  @Operation(summary = "The caller's portfolios by name, without their ledgers")
  public List<PortfolioSummaryJson> list(@Context SecurityContext security) {
    return portfolios.list().list(CurrentUser.require(security)).getOrElseThrow(FailureException::new).stream()
        .map(PortfolioSummaryJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Open a new, empty portfolio",
      responses = @ApiResponse(responseCode = "201", description = "opened; Location names it, ETag is its version",
          content = @Content(schema = @Schema(implementation = PortfolioJson.class))))
  public Response open(@NotNull @Valid OpenPortfolioRequest body, @Context SecurityContext security, @Context UriInfo uri) {
    Portfolio opened = portfolios.open().open(body.command(CurrentUser.require(security))).getOrElseThrow(FailureException::new);
    return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build())
        .entity(PortfolioJson.of(opened)).tag(Versions.etag(opened.version())).build();
  }

  @GET
  @Path("{portfolioId}")
  @Operation(summary = "One of the caller's portfolios: settings, position plans, recorded prices and version",
      responses = @ApiResponse(responseCode = "200", description = "the portfolio",
          headers = @Header(name = "ETag", description = "its version, for If-Match"),
          content = @Content(schema = @Schema(implementation = PortfolioJson.class))))
  public Response get(@PathParam("portfolioId") String portfolioId, @Context SecurityContext security) {
    return shown(portfolios.find().find(query(security, portfolioId)).getOrElseThrow(FailureException::new));
  }

  @PATCH
  @Path("{portfolioId}")
  @Consumes({MeResource.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "Rename a portfolio or replace its position plans or recorded prices",
      description = "What the body leaves out stays. Base currency, booking method and the short-selling flag are fixed when the "
          + "portfolio is opened. With If-Match, a portfolio changed since that version answers 409.",
      responses = @ApiResponse(responseCode = "200", description = "the portfolio as changed; ETag is its new version",
          content = @Content(schema = @Schema(implementation = PortfolioJson.class))))
  public Response update(@PathParam("portfolioId") String portfolioId, @NotNull @Valid SettingsPatchRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH) String ifMatch,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    var command = body.command(owner, PathIds.portfolio(portfolioId), Versions.expected(ifMatch));
    return shown(portfolios.updateSettings().update(command).getOrElseThrow(FailureException::new));
  }

  @POST
  @Path("{portfolioId}/transfers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move securities from this portfolio into another of the caller's, lots keeping their dates and costs",
      description = "A TRANSFER_OUT here and a TRANSFER_IN there, both stored or neither. Both portfolios must share a base currency "
          + "(400 naming 'to'); a portfolio that is not the caller's is a 404; taking more than the position holds is a 409 "
          + "naming the event.",
      responses = @ApiResponse(responseCode = "200", description = "both sides",
          content = @Content(schema = @Schema(implementation = TransferJson.class))))
  public TransferJson transfer(@PathParam("portfolioId") String portfolioId, @NotNull @Valid TransferRequest body,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    TransferResult done = portfolios.transfer().transfer(body.command(owner, PathIds.portfolio(portfolioId)))
        .getOrElseThrow(FailureException::new);
    return TransferJson.of(done);
  }

  @GET
  @Path("{portfolioId}/sync-log")
  @Operation(summary = "A portfolio's statement imports, newest first: counts, status and the first refusals")
  public List<SyncLogEntryJson> syncLog(@PathParam("portfolioId") String portfolioId,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(SyncLogQuery.MAX_LIMIT) @Parameter(description = "most entries") int limit,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    return portfolios.syncLog().list(new SyncLogQuery(owner, PathIds.portfolio(portfolioId), limit)).getOrElseThrow(FailureException::new)
        .stream().map(SyncLogEntryJson::of).toList();
  }

  @GET
  @Path("{portfolioId}/ledger.csv")
  @Produces(ApiMediaTypes.TEXT_CSV)
  @Operation(summary = "The ledger in force as a Phasewise CSV statement, which imports back (format PHASEWISE_CSV) to the same ledger",
      responses = @ApiResponse(responseCode = "200", description = "an attachment named after the portfolio",
          content = @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string"))))
  public Response ledgerCsv(@PathParam("portfolioId") String portfolioId, @Context SecurityContext security) {
    LedgerExport export = portfolios.exportLedger().export(query(security, portfolioId)).getOrElseThrow(FailureException::new);
    StreamingOutput body = export::writeTo;
    return Response.ok(body, ApiMediaTypes.TEXT_CSV + ";charset=UTF-8")
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename(export.portfolioName()) + "\"")
        .build();
  }

  /** A file name from the portfolio's name that no header can misread: letters, digits, dots, dashes. */
  static String filename(String portfolioName) {
    String slug = portfolioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^[-.]+|-+$", "");
    return "ledger-" + (slug.isEmpty() ? "portfolio" : slug.substring(0, Math.min(slug.length(), 80))) + ".csv";
  }

  private static PortfolioQuery query(SecurityContext security, String portfolioId) {
    return new PortfolioQuery(CurrentUser.require(security), PathIds.portfolio(portfolioId));
  }

  private static Response shown(Portfolio portfolio) {
    return Response.ok(PortfolioJson.of(portfolio)).tag(Versions.etag(portfolio.version())).build();
  }
}
