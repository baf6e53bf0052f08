package io.phasewise.domain.portfolio.performance;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Package helper: BigDecimal to double, correctly rounded. On JDK 17 {@link BigDecimal#doubleValue()}
 * formats and parses the number whenever it has decimals (hundreds of nanoseconds); an unscaled value
 * below 2^53 and a power of ten up to 10^22 are both exact doubles, so their quotient is the correctly
 * rounded value at the cost of one division.
 */
final class Decimals {
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
  }

  private Decimals() {}

  static double toDouble(BigDecimal value) {
    if (value.signum() == 0) return 0;
    int scale = value.scale();
    if (scale >= 0 && scale < POWERS_OF_TEN.length) {
      BigInteger unscaled = value.unscaledValue();
      if (unscaled.bitLength() <= 53) return unscaled.longValue() / POWERS_OF_TEN[scale];
    }
    return value.doubleValue();
  }
}
