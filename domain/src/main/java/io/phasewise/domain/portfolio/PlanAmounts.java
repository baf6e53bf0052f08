package io.phasewise.domain.portfolio;

import io.phasewise.domain.shared.InvalidInputException;
import io.phasewise.domain.shared.SaneDecimal;
import java.math.BigDecimal;

/** Checks of the optional amounts a user plans with (stop-loss, leverage, allocation): non-negative, sane, percents to 100. */
final class PlanAmounts {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PlanAmounts() {}

  static void requirePrice(String field, BigDecimal value) {
    if (value == null) return;
    if (value.signum() < 0) throw new InvalidInputException(field, field + " must not be negative, not " + value.toPlainString());
    SaneDecimal.problem(value).ifPresent(p -> {
      throw new InvalidInputException(field, field + " " + p);
    });
  }

  static void requirePercent(String field, BigDecimal value) {
    requirePrice(field, value);
    if (value != null && value.compareTo(HUNDRED) > 0) {
      throw new InvalidInputException(field, field + " is a percentage from 0 to 100, not " + value.toPlainString());
    }
  }
}
