package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.Role;
import java.util.Objects;

/** Command: give the user with this e-mail address the role {@code role} (an operator's act, never the user's). */
public record GrantRoleCommand(EmailAddress email, Role role) {
  public GrantRoleCommand {
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
  }
}
