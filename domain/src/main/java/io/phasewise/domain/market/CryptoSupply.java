package io.phasewise.domain.market;

import io.phasewise.domain.shared.InvalidInputException;
import java.math.BigDecimal;

/**
 * Token supply facts of a crypto asset: circulating ≤ total ≤ max where known.
 * Any figure may be {@code null} when unknown (max is {@code null} for uncapped tokens).
 */
public record CryptoSupply(BigDecimal circulating, BigDecimal total, BigDecimal max) {
  public CryptoSupply {
    requireNonNegative("circulating", circulating);
    requireNonNegative("total", total);
    requireNonNegative("max", max);
    requireAtMost("circulating", circulating, "total", total);
    requireAtMost("total", total, "max", max);
    requireAtMost("circulating", circulating, "max", max);
  }

  private static void requireNonNegative(String name, BigDecimal value) {
    if (value != null && value.signum() < 0) {
      throw new InvalidInputException("supply", name + " supply must not be negative: " + value);
    }
  }

  private static void requireAtMost(String lowName, BigDecimal low, String highName, BigDecimal high) {
    if (low != null && high != null && low.compareTo(high) > 0) {
      throw new InvalidInputException("supply", lowName + " supply " + low + " exceeds " + highName + " supply " + high);
    }
  }
}
