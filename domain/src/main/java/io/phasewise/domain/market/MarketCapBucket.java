package io.phasewise.domain.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Size class of a company by market capitalisation. */
public enum MarketCapBucket {
  SMALL, MID, LARGE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MarketCapBucket> fromCode(String code) {
    return code == null ? Optional.empty()
        : Arrays.stream(values()).filter(b -> b.code().equalsIgnoreCase(code.trim())).findFirst();
  }
}
