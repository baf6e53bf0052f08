package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.ApiToken;
import io.phasewise.domain.account.Scope;
import io.phasewise.domain.account.UserId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Command: issue {@code owner} a new API token called {@code name} (1 to 100 characters, stripped) with
 * {@code scopes}, or, when they are {@code null}, the default scopes of the owner's role.
 */
public record IssueApiTokenCommand(UserId owner, String name, Set<Scope> scopes) {
  public IssueApiTokenCommand {
    Objects.requireNonNull(owner, "owner");
    name = name == null ? null : name.strip();
    ApiToken.nameProblem(name).ifPresent(p -> {
      throw new IllegalArgumentException("token name " + p);
    });
    if (scopes != null) {
      if (scopes.isEmpty()) throw new IllegalArgumentException("a token has at least one scope");
      scopes = Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }
  }

  /** A token with the default scopes of the owner's role. */
  public IssueApiTokenCommand(UserId owner, String name) {
    this(owner, name, null);
  }

  /** The scopes asked for, or empty for the role's default. */
  public Optional<Set<Scope>> asked() {
    return Optional.ofNullable(scopes);
  }
}
