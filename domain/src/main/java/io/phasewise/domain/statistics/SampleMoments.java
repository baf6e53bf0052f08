package io.phasewise.domain.statistics;

/**
 * Mean, sample standard deviation and sample covariance (divisor n − 1, ANALYTICS.md section 2) of whole
 * columns, computed in two passes around the mean so large offsets do not cancel digits.
 */
public final class SampleMoments {

  private SampleMoments() {}

  /** Σ x / n; NaN for no values. */
  public static double mean(double[] values) {
    Checks.series("values", values);
    if (values.length == 0) return Double.NaN;
    double sum = 0;
    for (double v : values) sum += v;
    return sum / values.length;
  }

  /** √(Σ (x − mean)² / (n − 1)); NaN for fewer than two values. */
  public static double standardDeviation(double[] values) {
    return Math.sqrt(covariance(values, values));
  }

  /** Σ (a − mean a)(b − mean b) / (n − 1) over two equally long columns; NaN for fewer than two values. */
  public static double covariance(double[] a, double[] b) {
    int n = Checks.sameLength(a, b);
    if (n < 2) return Double.NaN;
    double meanA = mean(a);
    double meanB = mean(b);
    double sum = 0;
    for (int i = 0; i < n; i++) sum += (a[i] - meanA) * (b[i] - meanB);
    return sum / (n - 1);
  }
}
