package io.phasewise.domain.portfolio.performance;

import java.math.BigDecimal;

/**
 * Package helper: BigDecimal to double, correctly rounded. On JDK 17 {@link BigDecimal#doubleValue()}
 * formats and parses the number whenever it has decimals (hundreds of nanoseconds); an unscaled value
 * below 2^53 and a power of ten up to 10^22 are both exact doubles, so their quotient is the correctly
 * rounded value at the cost of one division.
 */
final class Decimals {
  private static final double[] POWERS_OF_TEN = new double[23];
  /** 2^53: every integer up to it in magnitude is an exact double. */
  private static final BigDecimal EXACT = BigDecimal.valueOf(1L << 53);
  private static final BigDecimal EXACT_NEGATIVE = EXACT.negate();

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
  }

  private Decimals() {}

  static double toDouble(BigDecimal value) {
    if (value.signum() == 0) return 0;
    int scale = value.scale();
    if (scale >= 0 && scale < POWERS_OF_TEN.length) {
      // the unscaled value at scale 0, sharing the decimal's compact long (no BigInteger made)
      BigDecimal unscaled = value.scaleByPowerOfTen(scale);
      if (unscaled.compareTo(EXACT) <= 0 && unscaled.compareTo(EXACT_NEGATIVE) >= 0) return unscaled.longValue() / POWERS_OF_TEN[scale];
    }
    return value.doubleValue();
  }
}
