package io.phasewise.adapters.rest.watchlist;

import io.phasewise.adapters.rest.problem.FailureException;
import jakarta.ws.rs.core.EntityTag;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The watchlist version as an HTTP entity tag: {@code ETag: "7"}; {@code If-Match: "7"} asks for that version. */
final class IfMatch {
  private static final Pattern TAG = Pattern.compile("\\s*(?:(?:W/)?\"(\\d{1,18})\"|(\\d{1,18}))\\s*");

  private IfMatch() {}

  static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version an {@code If-Match} header expects; empty without the header or for {@code *}. */
  static OptionalLong expectedVersion(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) return OptionalLong.empty();
    Matcher m = TAG.matcher(header);
    if (!m.matches()) {
      throw FailureException.invalid("If-Match", "must be one entity tag from this watchlist's ETag, such as \"3\", not " + header);
    }
    return OptionalLong.of(Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)));
  }
}
