package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.account.port.in.RegisterUserUseCase;
import io.phasewise.application.account.port.in.Registration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Resource: public sign-up, answering with the first API token (its secret shown once). */
@Path("/api/users")
@Tag(name = "account")
@Produces(MediaType.APPLICATION_JSON)
public final class SignUpResource {
  private final RegisterUserUseCase register;

  public SignUpResource(RegisterUserUseCase register) {
    this.register = register;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign up: a new user and their first API token",
      description = "Needs no token. The token's secret is in this response only; a taken e-mail address is a 409.",
      responses = @ApiResponse(responseCode = "201", description = "signed up; Location is /api/me",
          content = @Content(schema = @Schema(implementation = SignUpJson.class))))
  public Response signUp(@NotNull SignUpRequest body, @Context UriInfo uri) {
    Registration registration = register.register(body.toCommand()).getOrElseThrow(FailureException::new);
    return Secrets.uncached(Response.created(uri.getBaseUriBuilder().path("api/me").build())
        .entity(SignUpJson.of(registration))).build();
  }
}
