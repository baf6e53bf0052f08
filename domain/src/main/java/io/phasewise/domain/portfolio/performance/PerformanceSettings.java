package io.phasewise.domain.portfolio.performance;

/**
 * The caller's choices behind the risk figures (ANALYTICS.md sections 2 and 3).
 *
 * @param periodsPerYear P for annualising: 365 for the calendar-day series a portfolio is valued on;
 *     a caller that values trading days only passes 252
 * @param annualRiskFreeRate rf for Sharpe, turned into (1 + rf)^(1/P) − 1 per day
 * @param sortinoTarget the Sortino target return T per day
 */
public record PerformanceSettings(double periodsPerYear, double annualRiskFreeRate, double sortinoTarget) {
  public PerformanceSettings {
    if (!(periodsPerYear > 0) || Double.isInfinite(periodsPerYear)) {
      throw new IllegalArgumentException("periodsPerYear must be positive and finite: " + periodsPerYear);
    }
    if (!(annualRiskFreeRate > -1) || !Double.isFinite(annualRiskFreeRate) || !Double.isFinite(sortinoTarget)) {
      throw new IllegalArgumentException("risk-free rate and Sortino target must be finite: " + annualRiskFreeRate + ", " + sortinoTarget);
    }
  }

  /** Calendar days (P = 365), no risk-free rate, a Sortino target of 0. */
  public static PerformanceSettings calendarDays() {
    return new PerformanceSettings(365, 0, 0);
  }
}
