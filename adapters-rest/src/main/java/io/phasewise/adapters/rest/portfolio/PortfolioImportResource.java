package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.account.CurrentUser;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.param.Params;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.adapters.rest.shared.ApiMediaTypes;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand;
import io.phasewise.application.portfolio.port.in.ImportStatementCommand.UnknownSymbols;
import io.phasewise.application.portfolio.port.in.ImportStatementUseCase;
import io.phasewise.application.portfolio.port.in.StatementImportReport;
import io.phasewise.domain.account.Caller;
import io.phasewise.domain.account.Role;
import io.phasewise.domain.account.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource: imports a broker or exchange statement into one of the caller's portfolios. The file is
 * the request body, read as it arrives within the upload limit by {@link ImportStatementUseCase} (never
 * parsed here); every good row is stored, every bad one reported with its line, and the run is logged.
 */
@Path("/api/me/portfolios/{portfolioId}/imports")
@Tag(name = "portfolios")
@SecurityRequirement(name = MeResource.BEARER)
public final class PortfolioImportResource {
  private static final Logger LOG = LoggerFactory.getLogger(PortfolioImportResource.class);
  /** Query parameters {@code column.<field>=<header>} map a Phasewise field to a header of a column-mapped CSV. */
  static final String COLUMN = "column.";
  private static final int MAX_COLUMNS = 50;

  private final ImportStatementUseCase importStatement;

  public PortfolioImportResource(ImportStatementUseCase importStatement) {
    this.importStatement = importStatement;
  }

  @POST
  @Consumes({ApiMediaTypes.TEXT_CSV, MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a statement file (the request body) into the portfolio; importing it again adds nothing",
      description = "The body is the file as exported by the broker: text/csv or application/octet-stream up to the upload limit "
          + "(64 MiB by default), application/json up to the limit of other bodies (1 MiB; send a larger Ghostfolio JSON export as "
          + "application/octet-stream). A COLUMN_MAPPED_CSV names its columns with query parameters column.<field>=<header>, "
          + "e.g. column.date=Trade%20Date. Answers 200 with the report even when lines were refused (each with its line and "
          + "reason); a file that is not in the format at all is a 400 naming what is missing, and is logged as a failed run.",
      requestBody = @RequestBody(required = true, content = {
          @Content(mediaType = ApiMediaTypes.TEXT_CSV, schema = @Schema(type = "string")),
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = "string", description = "a Ghostfolio JSON export")),
          @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = "string", format = "binary"))}),
      responses = @ApiResponse(responseCode = "200", description = "what was stored and refused; ETag is the portfolio's version",
          content = @Content(schema = @Schema(implementation = StatementImportJson.class))))
  public Response upload(@PathParam("portfolioId") String portfolioId,
      @QueryParam("format") @NotNull @Parameter(description = "the statement's layout", required = true,
          schema = @Schema(implementation = StatementFormat.class)) String format,
      @QueryParam("origin") @Size(max = 200) @Parameter(description = "where the file came from, e.g. its name, for the sync log") String origin,
      @QueryParam("unknownSymbols") @Parameter(description = "a symbol no asset has: REGISTER a new (shared) asset for it, which "
          + "needs the ADMIN role and scope, or keep it as an EXTERNAL instrument of this portfolio valued from recorded prices; "
          + "default REGISTER for an admin token, EXTERNAL for any other",
          schema = @Schema(implementation = UnknownSymbols.class)) String unknownSymbols,
      @Parameter(hidden = true) InputStream body, @Context UriInfo uri, @Context SecurityContext security) {
    Caller caller = CurrentUser.caller(security);
    StatementFormat statement = Params.oneOf("format", format, StatementFormat.values(), Enum::name);
    var command = new ImportStatementCommand(caller.user(), PathIds.portfolio(portfolioId), statement, columns(uri, statement), origin,
        body, unknownSymbols(unknownSymbols, caller));
    StatementImportReport report = importStatement.importStatement(command)
        .peekLeft(refused -> LOG.info("statement import into portfolio {} refused: {}", portfolioId, refused.message()))
        .getOrElseThrow(FailureException::new);
    LOG.info("statement import into portfolio {} ({}): {}", portfolioId, statement, report.log());
    return Response.ok(StatementImportJson.of(report)).tag(Versions.etag(report.version())).build();
  }

  /**
   * What to do with symbols no asset has: registering an asset changes the market data every user
   * reads, so only an admin's token may, and it is that token's default; anyone else keeps them as
   * external instruments of their own portfolio.
   */
  private static UnknownSymbols unknownSymbols(String requested, Caller caller) {
    boolean mayRegister = caller.role() == Role.ADMIN && caller.has(Scope.ADMIN);
    if (requested == null) return mayRegister ? UnknownSymbols.REGISTER : UnknownSymbols.EXTERNAL;
    UnknownSymbols mode = Params.oneOf("unknownSymbols", requested, UnknownSymbols.values(), Enum::name);
    if (mode == UnknownSymbols.REGISTER && !mayRegister) {
      throw new ForbiddenException("unknownSymbols=REGISTER registers shared assets and needs the role ADMIN with the scope ADMIN; "
          + "send unknownSymbols=EXTERNAL to keep unknown symbols as external instruments of this portfolio");
    }
    return mode;
  }

  /** The {@code column.<field>=<header>} parameters, which only a column-mapped CSV takes. */
  private static Map<String, String> columns(UriInfo uri, StatementFormat format) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
      String name = parameter.getKey();
      if (!name.startsWith(COLUMN)) continue;
      if (format != StatementFormat.COLUMN_MAPPED_CSV) throw FailureException.invalid(name, "only a COLUMN_MAPPED_CSV takes a column mapping");
      String field = name.substring(COLUMN.length());
      if (field.isEmpty() || parameter.getValue().size() != 1 || parameter.getValue().get(0).isBlank()) {
        throw FailureException.invalid(name, "maps one Phasewise field to one header: column.<field>=<header>");
      }
      columns.put(field, parameter.getValue().get(0));
    }
    if (columns.size() > MAX_COLUMNS) throw FailureException.invalid("column", "at most " + MAX_COLUMNS + " columns can be mapped");
    if (format == StatementFormat.COLUMN_MAPPED_CSV && columns.isEmpty()) {
      throw FailureException.invalid("column", "a COLUMN_MAPPED_CSV names its columns: column.<field>=<header> for each field");
    }
    return columns;
  }
}
