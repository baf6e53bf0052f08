package io.phasewise.domain.statistics;

/** Calmar ratio = CAGR / |maximum drawdown| (ANALYTICS.md section 3). */
public final class CalmarRatio {

  private CalmarRatio() {}

  /** {@code cagr / |maxDrawdown|}; NaN when there was no drawdown (the ratio has no finite value). */
  public static double of(double cagr, double maxDrawdown) {
    if (maxDrawdown > 0) throw new IllegalArgumentException("a maximum drawdown is 0 or negative: " + maxDrawdown);
    return maxDrawdown < 0 ? cagr / -maxDrawdown : Double.NaN;
  }
}
