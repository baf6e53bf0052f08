package io.phasewise.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identity of a user: a random UUID, so one user's ids say nothing about another's. */
public record UserId(UUID value) {
  public UserId {
    Objects.requireNonNull(value, "user id");
  }

  public static UserId of(UUID value) {
    return new UserId(value);
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} naming the text otherwise. */
  public static UserId parse(String text) {
    try {
      return new UserId(UUID.fromString(Objects.requireNonNull(text, "user id")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a user id: " + text, e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
