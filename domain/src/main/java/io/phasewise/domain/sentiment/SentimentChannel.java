package io.phasewise.domain.sentiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a sentiment source publishes; {@link #code()} is the lower-case name used in storage and APIs. */
public enum SentimentChannel {
  NEWS, SOCIAL, FORUM;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The channel with this code (case-insensitive), if any. */
  public static Optional<SentimentChannel> fromCode(String code) {
    if (code == null) return Optional.empty();
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.code().equals(wanted)).findFirst();
  }
}
