package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.account.port.in.IssueApiTokenUseCase;
import io.phasewise.application.account.port.in.IssuedToken;
import io.phasewise.application.account.port.in.ListApiTokensUseCase;
import io.phasewise.application.account.port.in.RevokeApiTokenCommand;
import io.phasewise.application.account.port.in.RevokeApiTokenUseCase;
import io.phasewise.domain.account.ApiTokenId;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** Resource: the caller's personal API tokens: list, issue (secret shown once), revoke. */
@Path("/api/me/tokens")
@Tag(name = "account")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = MeResource.BEARER)
public final class ApiTokenResource {
  private final IssueApiTokenUseCase issue;
  private final ListApiTokensUseCase list;
  private final RevokeApiTokenUseCase revoke;

  public ApiTokenResource(IssueApiTokenUseCase issue, ListApiTokensUseCase list, RevokeApiTokenUseCase revoke) {
    this.issue = issue;
    this.list = list;
    this.revoke = revoke;
  }

  @GET
  @Operation(summary = "The caller's tokens, newest first, revoked ones included; never their secrets")
  public List<ApiTokenJson> list(@Context SecurityContext security) {
    return list.list(CurrentUser.require(security)).stream().map(ApiTokenJson::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Issue a new token",
      description = "The secret is in this response only. A user holds at most "
          + IssueApiTokenUseCase.MAX_ACTIVE_TOKENS + " active tokens.",
      responses = @ApiResponse(responseCode = "201", description = "issued",
          content = @Content(schema = @Schema(implementation = IssuedTokenJson.class))))
  public Response issue(@NotNull TokenRequest body, @Context SecurityContext security) {
    IssuedToken issued = issue.issue(body.toCommand(CurrentUser.caller(security))).getOrElseThrow(FailureException::new);
    return Secrets.uncached(Response.status(Response.Status.CREATED).entity(IssuedTokenJson.of(issued))).build();
  }

  @DELETE
  @Path("{tokenId}")
  @Operation(summary = "Revoke a token; it stops working at once",
      description = "Revoking a revoked token changes nothing. A token of another user is not found.",
      responses = @ApiResponse(responseCode = "204", description = "revoked"))
  public void revoke(@PathParam("tokenId") String tokenId, @Context SecurityContext security) {
    UserId owner = CurrentUser.require(security);
    ApiTokenId id = parse(tokenId);
    revoke.revoke(new RevokeApiTokenCommand(owner, id)).getOrElseThrow(FailureException::new);
  }

  /** A token id; text that is no UUID names no token, so it is not found like any unknown id. */
  private static ApiTokenId parse(String text) {
    try {
      return ApiTokenId.parse(text);
    } catch (IllegalArgumentException e) {
      throw new FailureException(new Failure.NotFound("api token", text));
    }
  }
}
