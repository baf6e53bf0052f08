package io.phasewise.domain.statistics;

/**
 * Sortino ratio with target return T per period (ANALYTICS.md section 3): downside deviation =
 * √(Σ min(r_i − T, 0)² / N) × √P where the sum and N run over every period, including those above
 * target; Sortino = mean(r − T) × P / downside deviation. Dividing by the losing periods only would
 * inflate the ratio and is not done.
 */
public final class SortinoRatio {

  private SortinoRatio() {}

  /** The annualised downside deviation below {@code targetPerPeriod}, over all periods; NaN for no returns. */
  public static double downsideDeviation(double[] returns, double targetPerPeriod, double periodsPerYear) {
    Checks.periodsPerYear(periodsPerYear);
    if (Checks.series("returns", returns).length == 0) return Double.NaN;
    double sum = 0;
    for (double r : returns) {
      double shortfall = Math.min(r - targetPerPeriod, 0);
      sum += shortfall * shortfall;
    }
    return Math.sqrt(sum / returns.length) * Math.sqrt(periodsPerYear);
  }

  /** mean(r − T) × P / downside deviation; NaN for no returns or when no period fell below target. */
  public static double of(double[] returns, double targetPerPeriod, double periodsPerYear) {
    double downside = downsideDeviation(returns, targetPerPeriod, periodsPerYear);
    return downside > 0 ? (SampleMoments.mean(returns) - targetPerPeriod) * periodsPerYear / downside : Double.NaN;
  }
}
