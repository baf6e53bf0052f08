package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.account.CurrentUser;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.paging.PageParams;
import io.phasewise.adapters.rest.paging.PageResponse;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.portfolio.port.in.DeleteEventCommand;
import io.phasewise.application.portfolio.port.in.EditEventCommand;
import io.phasewise.application.portfolio.port.in.LedgerChange;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.in.RecordEventCommand;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.Failure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;

/**
 * Resource: the ledger of one of the caller's portfolios. Events are recorded, edited and deleted as
 * new revisions of an audit trail, never rewritten; every change answers with the portfolio's new
 * version as ETag and, with {@code If-Match}, is refused with a 409 when the portfolio changed meanwhile.
 * A change the ledger cannot take (an oversold position, a short where shorts are not allowed, a cover
 * beyond the short, a source id recorded already) is a 409 whose detail names the event.
 */
@Path("/api/me/portfolios/{portfolioId}/events")
@Tag(name = "portfolios")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MeResource.BEARER)
public final class LedgerResource {
  private static final String REFUSALS = " A bad field is a 400 naming it; an unknown asset a 404 naming it; a change the ledger cannot "
      + "take (oversold, short not allowed, overcovered, source id already recorded) or a stale If-Match a 409 naming the event.";

  private final PortfolioUseCases portfolios;

  public LedgerResource(PortfolioUseCases portfolios) {
    this.portfolios = portfolios;
  }

  @GET
  @Operation(summary = "The ledger in force, in ledger order (date, time, sequence, id), a page at a time")
  public PageResponse<LedgerEventJson> list(@PathParam("portfolioId") String portfolioId, @Valid @BeanParam PageParams page,
      @Context SecurityContext security) {
    List<LedgerEvent> ledger = portfolio(security, portfolioId).ledger();
    PageRequest request = page.request();
    int from = (int) Math.min(request.offset(), ledger.size());
    List<LedgerEvent> slice = ledger.subList(from, Math.min(ledger.size(), from + request.limit()));
    return PageResponse.of(new Page<>(slice, ledger.size(), request), LedgerEventJson::of);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record one event in the ledger",
      description = "An event on a tracked asset carries the analysis Phasewise had of the asset at that moment." + REFUSALS,
      responses = @ApiResponse(responseCode = "201", description = "recorded; Location names the event, ETag is the portfolio's new version",
          content = @Content(schema = @Schema(implementation = LedgerChangeJson.class))))
  public Response record(@PathParam("portfolioId") String portfolioId, @NotNull @Valid EventRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH) String ifMatch,
      @Context SecurityContext security, @Context UriInfo uri) {
    UserId owner = CurrentUser.require(security);
    LedgerChange change = done(portfolios.recordEvent().record(
        new RecordEventCommand(owner, PathIds.portfolio(portfolioId), body.details(), Versions.expected(ifMatch))));
    return Response.created(uri.getAbsolutePathBuilder().path(change.event().id().toString()).build())
        .entity(LedgerChangeJson.of(change)).tag(Versions.etag(change.portfolio().version())).build();
  }

  @GET
  @Path("{eventId}")
  @Operation(summary = "One event of the ledger in force (a deleted event is a 404; its revisions stay readable)",
      responses = @ApiResponse(responseCode = "200", description = "the event",
          content = @Content(schema = @Schema(implementation = LedgerEventJson.class))))
  public LedgerEventJson event(@PathParam("portfolioId") String portfolioId, @PathParam("eventId") String eventId,
      @Context SecurityContext security) {
    Portfolio portfolio = portfolio(security, portfolioId);
    LedgerEventId id = PathIds.event(eventId);
    return portfolio.event(id).map(LedgerEventJson::of).orElseThrow(() -> missing(id));
  }

  @PUT
  @Path("{eventId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit an event: the body replaces it as a new revision, the earlier ones stay in the audit trail",
      description = "The event keeps its id, its source id unless the body gives one, and its entry snapshot while its instrument is "
          + "unchanged." + REFUSALS,
      responses = @ApiResponse(responseCode = "200", description = "the event as edited; ETag is the portfolio's new version",
          content = @Content(schema = @Schema(implementation = LedgerChangeJson.class))))
  public Response edit(@PathParam("portfolioId") String portfolioId, @PathParam("eventId") String eventId,
      @NotNull @Valid EventRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH) String ifMatch,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    PortfolioId portfolio = PathIds.portfolio(portfolioId);
    return changed(portfolios.editEvent().edit(
        new EditEventCommand(owner, portfolio, PathIds.event(eventId), body.details(), Versions.expected(ifMatch))));
  }

  @DELETE
  @Path("{eventId}")
  @Operation(summary = "Delete an event, as a new revision that keeps what it was",
      description = "Refused with a 409 naming the event when the ledger cannot do without it (a later sale would oversell). With "
          + "If-Match, a portfolio changed since that version answers 409.",
      responses = @ApiResponse(responseCode = "200", description = "the event as it was; ETag is the portfolio's new version",
          content = @Content(schema = @Schema(implementation = LedgerChangeJson.class))))
  public Response delete(@PathParam("portfolioId") String portfolioId, @PathParam("eventId") String eventId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = Versions.IF_MATCH) String ifMatch,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    PortfolioId portfolio = PathIds.portfolio(portfolioId);
    return changed(portfolios.deleteEvent().delete(
        new DeleteEventCommand(owner, portfolio, PathIds.event(eventId), Versions.expected(ifMatch))));
  }

  @GET
  @Path("{eventId}/revisions")
  @Operation(summary = "An event's audit trail, oldest first: recorded, then every edit and a deletion, each as it was")
  public List<RevisionJson> revisions(@PathParam("portfolioId") String portfolioId, @PathParam("eventId") String eventId,
      @Context SecurityContext security) {
    Portfolio portfolio = portfolio(security, portfolioId);
    LedgerEventId id = PathIds.event(eventId);
    List<RevisionJson> trail = portfolio.revisions().stream().filter(r -> r.eventId().equals(id))
        .sorted(Comparator.comparingInt(LedgerRevision::revision)).map(RevisionJson::of).toList();
    if (trail.isEmpty()) throw missing(id);
    return trail;
  }

  private Portfolio portfolio(SecurityContext security, String portfolioId) {
    UserId owner = CurrentUser.require(security);
    return portfolios.find().find(new PortfolioQuery(owner, PathIds.portfolio(portfolioId))).getOrElseThrow(FailureException::new);
  }

  /** The 404 of an event id that names no event of this ledger, the one the use cases give too. */
  private static FailureException missing(LedgerEventId id) {
    return new FailureException(new Failure.NotFound("ledger event", id.toString()));
  }

  private static LedgerChange done(Either<Failure, LedgerChange> result) {
    return result.getOrElseThrow(FailureException::new);
  }

  private static Response changed(Either<Failure, LedgerChange> result) {
    LedgerChange change = done(result);
    return Response.ok(LedgerChangeJson.of(change)).tag(Versions.etag(change.portfolio().version())).build();
  }
}
