package io.phasewise.adapters.rest.watchlist;

import io.phasewise.adapters.rest.account.CurrentUser;
import io.phasewise.adapters.rest.account.MeResource;
import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.watchlist.port.in.AddToWatchlistCommand;
import io.phasewise.application.watchlist.port.in.ManageWatchlistUseCase;
import io.phasewise.application.watchlist.port.in.MoveWatchlistItemCommand;
import io.phasewise.application.watchlist.port.in.RemoveFromWatchlistCommand;
import io.phasewise.application.watchlist.port.in.ReplaceWatchlistCommand;
import io.phasewise.application.watchlist.port.in.WatchlistView;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import java.util.OptionalInt;

/**
 * Resource: the caller's watchlist. Every answer carries the whole list and its version as ETag; every
 * change accepts {@code If-Match} with that tag and answers 409 when the watchlist changed meanwhile.
 */
@Path("/api/me/watchlist")
@Tag(name = "watchlist")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MeResource.BEARER)
public final class WatchlistResource {
  private static final String IF_MATCH_DESCRIPTION =
      "optional: the ETag of the watchlist this change is based on; another current version answers 409";

  private final ManageWatchlistUseCase watchlist;

  public WatchlistResource(ManageWatchlistUseCase watchlist) {
    this.watchlist = watchlist;
  }

  @GET
  @Operation(summary = "The caller's watchlist in display order",
      responses = @ApiResponse(responseCode = "200", description = "the watchlist",
          headers = @Header(name = "ETag", description = "the version, for If-Match"),
          content = @Content(schema = @Schema(implementation = WatchlistJson.class))))
  public Response get(@Context SecurityContext security) {
    return ok(watchlist.get(CurrentUser.require(security)));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Replace the whole watchlist by these assets, in this order",
      responses = @ApiResponse(responseCode = "200", description = "the new watchlist",
          content = @Content(schema = @Schema(implementation = WatchlistJson.class))))
  public Response replace(@NotNull @Valid ReplaceWatchlistRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DESCRIPTION) String ifMatch,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    return ok(watchlist.replace(new ReplaceWatchlistCommand(owner, body.assetIds(), IfMatch.expectedVersion(ifMatch))));
  }

  @POST
  @Path("items")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an asset, at the end or at a position",
      description = "An asset already on the list or a full list (500) is a 409; an unknown asset a 404.",
      responses = @ApiResponse(responseCode = "200", description = "the new watchlist",
          content = @Content(schema = @Schema(implementation = WatchlistJson.class))))
  public Response add(@NotNull @Valid AddItemRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DESCRIPTION) String ifMatch,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    OptionalInt position = body.position() == null ? OptionalInt.empty() : OptionalInt.of(body.position());
    return ok(watchlist.add(new AddToWatchlistCommand(owner, AssetId.of(body.assetId()), position,
        IfMatch.expectedVersion(ifMatch))));
  }

  @DELETE
  @Path("items/{assetId}")
  @Operation(summary = "Remove an asset; later ones move up",
      responses = @ApiResponse(responseCode = "200", description = "the new watchlist",
          content = @Content(schema = @Schema(implementation = WatchlistJson.class))))
  public Response remove(@PathParam("assetId") @Positive long assetId,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DESCRIPTION) String ifMatch,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    return ok(watchlist.remove(new RemoveFromWatchlistCommand(owner, AssetId.of(assetId), IfMatch.expectedVersion(ifMatch))));
  }

  @PUT
  @Path("items/{assetId}/position")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move an asset to a position; the others keep their order",
      responses = @ApiResponse(responseCode = "200", description = "the new watchlist",
          content = @Content(schema = @Schema(implementation = WatchlistJson.class))))
  public Response move(@PathParam("assetId") @Positive long assetId, @NotNull @Valid PositionRequest body,
      @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = IF_MATCH_DESCRIPTION) String ifMatch,
      @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    return ok(watchlist.move(new MoveWatchlistItemCommand(owner, AssetId.of(assetId), body.position(),
        IfMatch.expectedVersion(ifMatch))));
  }

  private static Response ok(Either<Failure, WatchlistView> result) {
    return ok(result.getOrElseThrow(FailureException::new));
  }

  private static Response ok(WatchlistView view) {
    return Response.ok(WatchlistJson.of(view)).tag(IfMatch.etag(view.version())).build();
  }
}
