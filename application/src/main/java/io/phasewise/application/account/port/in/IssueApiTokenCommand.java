package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.UserId;
import java.util.Objects;

/** Command: issue {@code owner} a new API token called {@code name} (1 to 100 characters, stripped). */
public record IssueApiTokenCommand(UserId owner, String name) {
  public IssueApiTokenCommand {
    Objects.requireNonNull(owner, "owner");
    name = name == null ? null : name.strip();
    ApiToken.nameProblem(name).ifPresent(p -> {
      throw new IllegalArgumentException("token name " + p);
    });
  }
}
