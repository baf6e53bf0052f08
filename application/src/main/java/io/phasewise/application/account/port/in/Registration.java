package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.User;
import java.util.Objects;

/** A signed-up user with the first token, including its secret (shown to the user once). */
public record Registration(User user, IssuedToken token) {
  public Registration {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(token, "token");
  }
}
