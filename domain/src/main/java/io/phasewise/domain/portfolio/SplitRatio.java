package io.phasewise.domain.portfolio;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A split effective on {@code effectiveOn}: {@code newShares} shares for every {@code oldShares}, as
 * integers (2:1 is 2/1, a 1:10 reverse split is 1/10), never as a decimal.
 */
public record SplitRatio(LocalDate effectiveOn, BigInteger newShares, BigInteger oldShares) {
  public SplitRatio {
    Objects.requireNonNull(effectiveOn, "effectiveOn");
    if (newShares.signum() <= 0 || oldShares.signum() <= 0) {
      throw new IllegalArgumentException("a split ratio is two positive integers: " + newShares + ":" + oldShares);
    }
    BigInteger gcd = newShares.gcd(oldShares);
    newShares = newShares.divide(gcd);
    oldShares = oldShares.divide(gcd);
  }
}
