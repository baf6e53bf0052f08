package io.phasewise.domain.statistics;

/**
 * Beta of returns against a benchmark's returns over the same periods: cov(r, b) / var(b) with sample
 * moments; 0 when the benchmark did not move, as {@code RollingCorrelation} (ANALYTICS.md section 4).
 * Align the two price series on common periods before taking returns.
 */
public final class Beta {

  private Beta() {}

  /** cov(returns, benchmark) / var(benchmark); NaN for fewer than two periods. */
  public static double of(double[] returns, double[] benchmarkReturns) {
    Checks.sameLength(returns, benchmarkReturns);
    double variance = SampleMoments.covariance(benchmarkReturns, benchmarkReturns);
    if (Double.isNaN(variance)) return Double.NaN;
    return variance > 0 ? SampleMoments.covariance(returns, benchmarkReturns) / variance : 0;
  }
}
