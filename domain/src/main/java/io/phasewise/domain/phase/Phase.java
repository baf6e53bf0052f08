package io.phasewise.domain.phase;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Tit-for-Tat phase of an asset: the market cooperates with the
 * holder (COOP), it defected (DEFECT), or, after a defection, it shows credible signs of recovery and
 * is given the benefit of the doubt (FORGIVE). {@link #code()} is the name used in storage and APIs.
 */
public enum Phase {
  COOP, DEFECT, FORGIVE;

  /** The stored code: {@code COOP}, {@code DEFECT} or {@code FORGIVE}. */
  public String code() {
    return name();
  }

  /** The phase with this code (case-insensitive), if any. */
  public static Optional<Phase> fromCode(String code) {
    if (code == null) return Optional.empty();
    String wanted = code.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.code().equals(wanted)).findFirst();
  }
}
