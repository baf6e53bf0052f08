package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.UserSettings;
import java.util.Objects;

/** Command: sign up a user with this e-mail address and these settings (empty when none are given). */
public record RegisterUserCommand(EmailAddress email, UserSettings settings) {
  public RegisterUserCommand {
    Objects.requireNonNull(email, "email");
    settings = settings == null ? UserSettings.EMPTY : settings;
  }
}
