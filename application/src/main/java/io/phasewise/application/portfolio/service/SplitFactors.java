package io.phasewise.application.portfolio.service;

import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A candle's split factor (shares after / shares before, a decimal) as the rational a ledger applies.
 * A factor with at most {@value #EXACT_DIGITS} decimals is taken exactly (2 is 2/1, 0.1 is 1/10, 1.5 is
 * 3/2). A longer one is a ratio that had to be rounded (a 1:3 reverse split stored as 0.333333): it
 * becomes the simplest fraction with a denominator up to {@value #MAX_DENOMINATOR} that rounds to the
 * stored digits, found among the convergents of its continued fraction, else it is taken exactly.
 */
final class SplitFactors {
  static final int EXACT_DIGITS = 4;
  static final int MAX_DENOMINATOR = 1000;

  private SplitFactors() {}

  static SplitRatio ratio(LocalDate effectiveOn, BigDecimal factor) {
    if (factor.signum() <= 0) throw new IllegalArgumentException("a split factor is positive: " + factor);
    BigDecimal stored = factor.stripTrailingZeros();
    int scale = Math.max(stored.scale(), 0);
    BigInteger numerator = stored.movePointRight(scale).toBigIntegerExact();
    BigInteger denominator = BigInteger.TEN.pow(scale);
    if (scale > EXACT_DIGITS) {
      BigInteger[] simple = simplest(numerator, denominator, stored, scale);
      if (simple != null) return new SplitRatio(effectiveOn, simple[0], simple[1]);
    }
    return new SplitRatio(effectiveOn, numerator, denominator);
  }

  /** The first convergent of {@code p/q} that rounds to {@code stored} at {@code scale}, or null when none has a small denominator. */
  private static BigInteger[] simplest(BigInteger p, BigInteger q, BigDecimal stored, int scale) {
    BigInteger h0 = BigInteger.ZERO;
    BigInteger h1 = BigInteger.ONE;
    BigInteger k0 = BigInteger.ONE;
    BigInteger k1 = BigInteger.ZERO;
    BigInteger limit = BigInteger.valueOf(MAX_DENOMINATOR);
    while (q.signum() != 0) {
      BigInteger[] qr = p.divideAndRemainder(q);
      BigInteger h = qr[0].multiply(h1).add(h0);
      BigInteger k = qr[0].multiply(k1).add(k0);
      if (k.compareTo(limit) > 0) return null;
      if (h.signum() > 0 && new BigDecimal(h).divide(new BigDecimal(k), scale, RoundingMode.HALF_UP).compareTo(stored) == 0) {
        return new BigInteger[] {h, k};
      }
      h0 = h1;
      h1 = h;
      k0 = k1;
      k1 = k;
      p = q;
      q = qr[1];
    }
    return null;
  }
}
