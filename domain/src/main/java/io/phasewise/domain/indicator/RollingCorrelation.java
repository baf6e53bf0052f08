package io.phasewise.domain.indicator;

/**
 * Rolling Pearson correlation and beta of two price series on one-bar log returns over the last
 * {@code window} returns (docs/ANALYTICS.md: align the two calendars first, then take returns):
 * correlation = cov(a, b) / (σa σb), beta = cov(a, b) / var(b), with b the benchmark; sample (n − 1)
 * moments. When a window of returns is constant its variance is 0: correlation is then defined as 0,
 * and so is beta (its covariance is exactly 0 when a is constant; it is undefined when b is). Correlation is clamped to −1..1 against rounding.
 * Prices must be positive.
 */
public final class RollingCorrelation {

  /** Correlation and beta columns, NaN during the warm-up. */
  public record Series(double[] correlation, double[] beta) {}

  private RollingCorrelation() {}

  /** Leading NaN outputs of {@link #batch}: {@code window} (a window of returns needs one more price). */
  public static int warmUp(int window) {
    return ParamCheck.atLeast("window", window, 2);
  }

  public static Series batch(double[] asset, double[] benchmark, int window) {
    int n = ParamCheck.sameLength("asset", asset, "benchmark", benchmark);
    Streaming s = streaming(window);
    double[] correlation = new double[n];
    double[] beta = new double[n];
    for (int i = 0; i < n; i++) {
      correlation[i] = s.next(asset[i], benchmark[i]);
      beta[i] = s.beta();
    }
    return new Series(correlation, beta);
  }

  public static Streaming streaming(int window) {
    return new Streaming(warmUp(window));
  }

  /** Correlation and beta bar by bar: after the k-th {@link #next}, both equal the batch's k-th values. */
  public static final class Streaming {
    private final Returns.Streaming assetReturns = Returns.streaming(1, Returns.Kind.LOG);
    private final Returns.Streaming benchmarkReturns = Returns.streaming(1, Returns.Kind.LOG);
    private final PairedWindowMoments moments;
    private double correlation = Double.NaN;
    private double beta = Double.NaN;

    private Streaming(int window) {
      moments = new PairedWindowMoments(window);
    }

    /** Adds one aligned bar of both series; returns the correlation (NaN during the warm-up). */
    public double next(double assetPrice, double benchmarkPrice) {
      double a = assetReturns.next(assetPrice);
      double b = benchmarkReturns.next(benchmarkPrice);
      if (Double.isNaN(a)) return Double.NaN;
      moments.push(a, b);
      if (!moments.full()) return Double.NaN;
      double varianceA = moments.varianceX();
      double varianceB = moments.varianceY();
      double covariance = moments.covariance();
      beta = varianceA == 0 || varianceB == 0 ? 0 : covariance / varianceB;
      correlation = varianceA == 0 || varianceB == 0 ? 0
          : Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceA * varianceB)));
      return correlation;
    }

    /** Correlation of the last bar, NaN during the warm-up. */
    public double correlation() {
      return correlation;
    }

    /** Beta of the last bar, NaN during the warm-up. */
    public double beta() {
      return beta;
    }
  }
}
