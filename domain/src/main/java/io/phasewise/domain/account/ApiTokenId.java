package io.phasewise.domain.account;

import java.util.Objects;
import java.util.UUID;

/** Identity of a personal API token: a random UUID, shown in listings and used to revoke the token. */
public record ApiTokenId(UUID value) {
  public ApiTokenId {
    Objects.requireNonNull(value, "token id");
  }

  /** Parses the canonical text form; throws {@link IllegalArgumentException} naming the text otherwise. */
  public static ApiTokenId parse(String text) {
    try {
      return new ApiTokenId(UUID.fromString(Objects.requireNonNull(text, "token id")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a token id: " + text, e);
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
