package io.phasewise.domain.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Valuation class of a company by price/earnings ratio. */
public enum PeBucket {
  LOW, MEDIUM, HIGH;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<PeBucket> fromCode(String code) {
    return code == null ? Optional.empty()
        : Arrays.stream(values()).filter(b -> b.code().equalsIgnoreCase(code.trim())).findFirst();
  }
}
