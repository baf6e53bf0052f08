package io.phasewise.domain.statistics;

/** Converts an annual risk-free rate to one period: rf_p = (1 + rf)^(1/P) − 1 (ANALYTICS.md section 2). */
public final class RiskFreeRate {

  private RiskFreeRate() {}

  /** The per-period rate of {@code annualRate} for {@code periodsPerYear} periods a year. */
  public static double perPeriod(double annualRate, double periodsPerYear) {
    Checks.periodsPerYear(periodsPerYear);
    if (!(annualRate > -1) || Double.isInfinite(annualRate)) {
      throw new IllegalArgumentException("annual risk-free rate must be finite and above -1: " + annualRate);
    }
    return Math.expm1(Math.log1p(annualRate) / periodsPerYear);
  }
}
