package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.account.UserSettings;
import java.util.Objects;

/** Command: merge {@code patch} into the settings of {@code user} as a JSON merge patch (RFC 7396; null removes a key). */
public record UpdateUserSettingsCommand(UserId user, UserSettings patch) {
  public UpdateUserSettingsCommand {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(patch, "patch");
  }
}
