package io.phasewise.domain.portfolio.performance;

/** Package helper: the tight loop that values step columns (quantities, cash) against price and rate columns. */
final class StepValuation {

  private StepValuation() {}

  /**
   * Adds amount × price × rate to {@code value} for every day from {@code priceFrom} on (the price is 0
   * before it), the amount holding from each change day to the next.
   */
  static void addSteps(double[] value, DayValues amount, double[] price, int priceFrom, double[] rate) {
    int end = value.length;
    for (int i = 0; i < amount.size(); i++) {
      double a = amount.value(i);
      if (a == 0) continue;
      for (int t = Math.max(amount.day(i), priceFrom), until = amount.until(i, end); t < until; t++) value[t] += a * price[t] * rate[t];
    }
  }
}
