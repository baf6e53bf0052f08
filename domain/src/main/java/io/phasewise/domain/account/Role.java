package io.phasewise.domain.account;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user is allowed to do: an {@link #ADMIN} manages shared data and users, a {@link #USER} their own
 * data, a {@link #GUEST} reads only. The role bounds the scopes of every token its user holds.
 */
public enum Role {
  ADMIN(EnumSet.allOf(Scope.class)),
  USER(EnumSet.of(Scope.READ, Scope.WRITE)),
  GUEST(EnumSet.of(Scope.READ));

  private final Set<Scope> scopes;

  Role(Set<Scope> scopes) {
    this.scopes = Collections.unmodifiableSet(scopes);
  }

  /** Every scope a token of a user with this role may carry. */
  public Set<Scope> scopes() {
    return scopes;
  }

  /** The scopes a token gets when none are asked for: reading and writing the user's own data, as far as allowed. */
  public Set<Scope> defaultScopes() {
    EnumSet<Scope> defaults = EnumSet.copyOf(scopes);
    defaults.remove(Scope.ADMIN);
    return Collections.unmodifiableSet(defaults);
  }

  /** Whether a token of a user with this role may carry every one of {@code asked}. */
  public boolean permits(Set<Scope> asked) {
    return scopes.containsAll(asked);
  }
}
