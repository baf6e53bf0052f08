package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FailureException;
import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;

/**
 * A portfolio's version as its entity tag: {@code ETag: "4"} on every answer that shows a portfolio, and
 * {@code If-Match: "4"} on a change to make it only to that version.
 */
final class Versions {
  static final String IF_MATCH = "optional: the ETag of the portfolio this change is based on; a portfolio changed since answers 409";
  private static final String DIGITS = "\\d{1,18}";

  private Versions() {}

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version {@code If-Match} asks for; empty when the header is absent or {@code *}. */
  static OptionalLong expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) return OptionalLong.empty();
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) tag = tag.substring(2);
    boolean quoted = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"");
    String value = quoted ? tag.substring(1, tag.length() - 1) : tag;
    if (!value.matches(DIGITS)) {
      throw FailureException.invalid("If-Match", "must be one entity tag as this portfolio's ETag gives it, such as \"4\", not " + ifMatch);
    }
    return OptionalLong.of(Long.parseLong(value));
  }
}
