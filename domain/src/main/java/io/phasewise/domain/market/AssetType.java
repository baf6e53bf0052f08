package io.phasewise.domain.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of instrument an asset is; {@link #code()} is the lower-case name used in storage and APIs. */
public enum AssetType {
  STOCK(false), ETF(false), CRYPTO(false), STABLECOIN(false), FOREX(false), INDEX(false),
  /** A macro series: interest rates, yields, spreads and growth rates can be zero or negative. */
  MACRO(true);

  private final boolean nonPositiveValues;

  AssetType(boolean nonPositiveValues) {
    this.nonPositiveValues = nonPositiveValues;
  }

  /** Whether a price (or value) of this type may be zero or negative; a share, a coin or a rate of exchange may not. */
  public boolean allowsNonPositivePrices() {
    return nonPositiveValues;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The type with this code (case-insensitive), if any. */
  public static Optional<AssetType> fromCode(String code) {
    if (code == null) return Optional.empty();
    String wanted = code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.code().equals(wanted)).findFirst();
  }
}
