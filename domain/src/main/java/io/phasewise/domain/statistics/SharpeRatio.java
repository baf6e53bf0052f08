package io.phasewise.domain.statistics;

/**
 * Sharpe ratio = mean(r − rf_p) / sd(r − rf_p) × √P with the sample standard deviation and
 * rf_p = (1 + rf)^(1/P) − 1 (ANALYTICS.md section 3).
 */
public final class SharpeRatio {

  private SharpeRatio() {}

  /** The annualised Sharpe ratio; NaN for fewer than two returns or returns without dispersion. */
  public static double of(double[] returns, double annualRiskFreeRate, double periodsPerYear) {
    double riskFree = RiskFreeRate.perPeriod(annualRiskFreeRate, periodsPerYear);
    double[] excess = new double[Checks.series("returns", returns).length];
    for (int i = 0; i < excess.length; i++) excess[i] = returns[i] - riskFree;
    double sd = SampleMoments.standardDeviation(excess);
    return sd > 0 ? SampleMoments.mean(excess) / sd * Math.sqrt(periodsPerYear) : Double.NaN;
  }
}
