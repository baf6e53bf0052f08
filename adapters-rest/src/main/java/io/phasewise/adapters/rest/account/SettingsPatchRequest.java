package io.phasewise.adapters.rest.account;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.application.account.port.in.UpdateUserSettingsCommand;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** Body of PATCH /api/me: a JSON merge patch (RFC 7396) of the user's settings. */
@Schema(name = "UserPatch")
record SettingsPatchRequest(
    @NotNull @Schema(description = "merged into the settings: a null value removes its key, an object merges recursively",
        example = "{\"theme\":\"dark\",\"legacy\":null}")
    Map<String, Object> settings) {

  UpdateUserSettingsCommand toCommand(UserId user) {
    FieldErrors errors = new FieldErrors();
    UserSettings patch = SettingsField.read(settings, errors);
    errors.throwIfAny();
    return new UpdateUserSettingsCommand(user, patch);
  }
}
