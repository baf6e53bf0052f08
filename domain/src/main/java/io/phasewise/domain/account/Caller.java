package io.phasewise.domain.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is making a request with a token, and what it may do: the token's scopes as far as the owner's role
 * allows today (a user demoted after issuing a token loses what the new role does not permit).
 */
public record Caller(UserId user, Role role, Set<Scope> scopes) {
  public Caller {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(role, "role");
    EnumSet<Scope> granted = EnumSet.noneOf(Scope.class);
    granted.addAll(scopes);
    granted.retainAll(role.scopes());
    scopes = Collections.unmodifiableSet(granted);
  }

  public boolean has(Scope scope) {
    return scopes.contains(scope);
  }
}
