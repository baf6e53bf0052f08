package io.phasewise.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person using Phasewise: identity, unique e-mail, {@link Role}, settings, and when it was made and changed.
 * Signing up makes a {@link Role#USER}; only an operator's {@link #withRole} changes the role.
 */
public record User(UserId id, EmailAddress email, Role role, UserSettings settings, Instant createdAt, Instant updatedAt) {
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a user cannot change (" + updatedAt + ") before it exists (" + createdAt + ")");
    }
  }

  /** A new {@link Role#USER}, created and last changed {@code at}. */
  public static User register(UserId id, EmailAddress email, UserSettings settings, Instant at) {
    return new User(id, email, Role.USER, settings, at, at);
  }

  /** This user with the role {@code granted}, changed {@code at}. */
  public User withRole(Role granted, Instant at) {
    return new User(id, email, granted, settings, createdAt, at.isBefore(createdAt) ? createdAt : at);
  }

  /** This user with {@code patch} merged into the settings (see {@link UserSettings#merge}), changed {@code at}. */
  public User mergeSettings(UserSettings patch, Instant at) {
    return new User(id, email, role, settings.merge(patch), createdAt, at.isBefore(createdAt) ? createdAt : at);
  }
}
