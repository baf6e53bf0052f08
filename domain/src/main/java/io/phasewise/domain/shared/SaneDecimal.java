package io.phasewise.domain.shared;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Rule for a number that comes from outside: its magnitude is below 10^18 and it has at most 18
 * digits after the point (trailing zeros aside). That holds every real price, volume or supply, and
 * refuses {@code 1e200}, {@code 1E131072} or {@code 1E-20000000}, which no market produces and which
 * a database either stores as something else or spends megabytes of digits on.
 */
public final class SaneDecimal {
  /** Exclusive upper bound of the magnitude. */
  public static final BigDecimal LIMIT = BigDecimal.TEN.pow(18);
  /** Most digits after the decimal point. */
  public static final int MAX_SCALE = 18;

  private SaneDecimal() {}

  /** What is wrong with {@code value}, or empty when it is in range; null is fine. */
  public static Optional<String> problem(BigDecimal value) {
    if (value == null) return Optional.empty();
    if (value.abs().compareTo(LIMIT) >= 0) return Optional.of("must be less than 1E18 in magnitude");
    if (value.signum() != 0 && value.scale() > MAX_SCALE && value.stripTrailingZeros().scale() > MAX_SCALE) {
      return Optional.of("must have at most " + MAX_SCALE + " digits after the decimal point");
    }
    return Optional.empty();
  }

  /** What is wrong with {@code value}, or empty when it is finite and below 10^18 in magnitude. */
  public static Optional<String> problem(double value) {
    if (!Double.isFinite(value)) return Optional.of("must be a finite number");
    return Math.abs(value) >= 1e18 ? Optional.of("must be less than 1E18 in magnitude") : Optional.empty();
  }
}
