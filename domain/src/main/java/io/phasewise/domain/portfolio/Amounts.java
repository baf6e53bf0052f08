package io.phasewise.domain.portfolio;

import java.math.BigDecimal;

/**
 * Where exact values leave the domain: the scales they are rounded to (half-even). The exact values
 * stay inside the lot book, so totals are rounded once, never summed from rounded parts.
 */
final class Amounts {
  /** Quantities: 18 places, enough for every crypto unit. */
  static final int QUANTITY_SCALE = 18;
  /** Money in the base currency: 2 places. */
  static final int MONEY_SCALE = 2;
  /** Unit costs, average prices, cash per currency and weights: 8 places. */
  static final int FINE_SCALE = 8;

  private Amounts() {}

  static BigDecimal quantity(Ratio r) {
    return r.toDecimal(QUANTITY_SCALE);
  }

  static BigDecimal money(Ratio r) {
    return r.toDecimal(MONEY_SCALE);
  }

  static BigDecimal fine(Ratio r) {
    return r.toDecimal(FINE_SCALE);
  }
}
