package io.phasewise.domain.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of instrument an asset is; {@link #code()} is the lower-case name used in storage and APIs. */
public enum AssetType {
  STOCK, ETF, CRYPTO, STABLECOIN, FOREX, INDEX, MACRO;

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
