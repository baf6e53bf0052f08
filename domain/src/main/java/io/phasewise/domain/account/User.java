package io.phasewise.domain.account;

import java.time.Instant;
import java.util.Objects;

/** A person using Phasewise: identity, unique e-mail, settings, and when it was made and changed. */
public record User(UserId id, EmailAddress email, UserSettings settings, Instant createdAt, Instant updatedAt) {
  public User {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a user cannot change (" + updatedAt + ") before it exists (" + createdAt + ")");
    }
  }

  /** A new user, created and last changed {@code at}. */
  public static User register(UserId id, EmailAddress email, UserSettings settings, Instant at) {
    return new User(id, email, settings, at, at);
  }

  /** This user with {@code patch} merged into the settings (see {@link UserSettings#merge}), changed {@code at}. */
  public User mergeSettings(UserSettings patch, Instant at) {
    return new User(id, email, settings.merge(patch), createdAt, at.isBefore(createdAt) ? createdAt : at);
  }
}
