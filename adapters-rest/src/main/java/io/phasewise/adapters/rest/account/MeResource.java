package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.account.port.in.FindUserUseCase;
import io.phasewise.application.account.port.in.UpdateUserSettingsUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Resource: the caller's own account, read and its settings changed by merge patch. */
@Path("/api/me")
@Tag(name = "account")
@Produces(MediaType.APPLICATION_JSON)
@SecurityScheme(name = MeResource.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
    description = "a personal API token (pw_...), from sign-up, POST /api/me/tokens or the command line. An operation "
        + "requiring [ADMIN] needs an admin's token with the scope ADMIN; any other needs the scope READ to read and "
        + "WRITE to change. 401 without a valid token, 403 naming the missing role or scope.")
@SecurityRequirement(name = MeResource.BEARER)
public final class MeResource {
  /** Name of the bearer-token security scheme in the OpenAPI document. */
  public static final String BEARER = "bearerToken";
  /** RFC 7396. */
  public static final String MERGE_PATCH_JSON = "application/merge-patch+json";

  private final FindUserUseCase find;
  private final UpdateUserSettingsUseCase update;

  public MeResource(FindUserUseCase find, UpdateUserSettingsUseCase update) {
    this.find = find;
    this.update = update;
  }

  @GET
  @Operation(summary = "The caller's account")
  public UserJson me(@Context SecurityContext security) {
    return UserJson.of(find.find(CurrentUser.require(security)).getOrElseThrow(FailureException::new));
  }

  @PATCH
  @Consumes({MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
  @Operation(summary = "Change the caller's settings by a JSON merge patch",
      description = "{\"settings\": {...}} is merged into the settings (RFC 7396): null removes a key, objects merge.")
  public UserJson patch(@NotNull @Valid SettingsPatchRequest body, @Context SecurityContext security) {
    return UserJson.of(update.updateSettings(body.toCommand(CurrentUser.require(security)))
        .getOrElseThrow(FailureException::new));
  }
}
