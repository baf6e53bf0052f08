package io.phasewise.domain.statistics;

/** Annualised volatility of per-period returns: sample sd(r) × √P (ANALYTICS.md section 2). */
public final class Volatility {

  private Volatility() {}

  /** sd(returns) × √periodsPerYear with the sample standard deviation; NaN for fewer than two returns. */
  public static double annualised(double[] returns, double periodsPerYear) {
    return SampleMoments.standardDeviation(returns) * Math.sqrt(Checks.periodsPerYear(periodsPerYear));
  }
}
