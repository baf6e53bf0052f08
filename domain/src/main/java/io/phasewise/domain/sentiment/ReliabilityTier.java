package io.phasewise.domain.sentiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a sentiment source is trusted, A (most) to C (least); {@link #code()} is the letter used
 * in storage ({@code reliability_tier_enum} stores {@code 'A'|'B'|'C'}, so the code stays upper case).
 */
public enum ReliabilityTier {
  A, B, C;

  public String code() {
    return name();
  }

  /** The tier with this code (case-insensitive), if any. */
  public static Optional<ReliabilityTier> fromCode(String code) {
    if (code == null) return Optional.empty();
    String wanted = code.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.code().equals(wanted)).findFirst();
  }
}
