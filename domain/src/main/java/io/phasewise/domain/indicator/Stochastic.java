package io.phasewise.domain.indicator;

/**
 * Stochastic oscillator, as TA-Lib's STOCH with simple moving averages: raw %K = 100 × (close − lowest
 * low) / (highest high − lowest low) over the last {@code fastK} bars, defined as 0 when that range is
 * zero (flat bars), as TA-Lib does; %K (TA-Lib's slowK) = SMA of raw %K over {@code slowK} bars; %D =
 * SMA of %K over {@code slowD} bars. The fast stochastic (TA-Lib's STOCHF) is the case {@code slowK = 1}.
 * Both outputs start together after {@link #warmUp} bars, so they stay aligned with TA-Lib's outBegIdx.
 * Outputs are clamped to 0..100 so the rounding residue of the running sums never leaves that range.
 */
public final class Stochastic {

  /** %K and %D columns, NaN during the warm-up. */
  public record Series(double[] k, double[] d) {}

  private Stochastic() {}

  /** Leading NaN outputs of {@link #batch}: {@code fastK − 1 + slowK − 1 + slowD − 1} (TA-Lib's lookback). */
  public static int warmUp(int fastK, int slowK, int slowD) {
    return ParamCheck.atLeast("fastK", fastK, 1) - 1 + ParamCheck.atLeast("slowK", slowK, 1) - 1
        + ParamCheck.atLeast("slowD", slowD, 1) - 1;
  }

  /** Leading NaN outputs of {@link #batchFast}: {@code fastK − 1 + fastD − 1} (TA-Lib's STOCHF lookback). */
  public static int warmUpFast(int fastK, int fastD) {
    return warmUp(fastK, 1, fastD);
  }

  public static Series batch(double[] high, double[] low, double[] close, int fastK, int slowK, int slowD) {
    int n = ParamCheck.sameLength("high", high, "low", low);
    ParamCheck.sameLength("high", high, "close", close);
    Streaming s = streaming(fastK, slowK, slowD);
    double[] k = new double[n];
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = s.next(high[i], low[i], close[i]);
      k[i] = s.k();
    }
    return new Series(k, d);
  }

  /** The fast stochastic (TA-Lib's STOCHF): %K is the raw %K, %D its SMA over {@code fastD} bars. */
  public static Series batchFast(double[] high, double[] low, double[] close, int fastK, int fastD) {
    return batch(high, low, close, fastK, 1, fastD);
  }

  public static Streaming streaming(int fastK, int slowK, int slowD) {
    warmUp(fastK, slowK, slowD);
    return new Streaming(fastK, slowK, slowD);
  }

  public static Streaming streamingFast(int fastK, int fastD) {
    return streaming(fastK, 1, fastD);
  }

  /** The stochastic bar by bar: after the k-th {@link #next}, {@link #k()} and {@link #d()} equal the batch's k-th values. */
  public static final class Streaming {
    private final WindowExtreme highest;
    private final WindowExtreme lowest;
    private final int fastK;
    private final int slowK;
    private final int slowD;
    private final WindowSum rawKs;
    private final WindowSum ks;
    private int bars;
    private double k = Double.NaN;
    private double d = Double.NaN;

    private Streaming(int fastK, int slowK, int slowD) {
      this.fastK = fastK;
      this.slowK = slowK;
      this.slowD = slowD;
      highest = WindowExtreme.max(fastK);
      lowest = WindowExtreme.min(fastK);
      rawKs = new WindowSum(slowK);
      ks = new WindowSum(slowD);
    }

    /** Adds a bar; returns %D (NaN during the warm-up). */
    public double next(double high, double low, double close) {
      double hh = highest.push(high);
      double ll = lowest.push(low);
      if (++bars < fastK) return Double.NaN;
      double range = hh - ll;
      rawKs.push(range == 0 ? 0 : 100.0 * (close - ll) / range);
      if (!rawKs.full()) return Double.NaN;
      double smoothedK = clamp(rawKs.sum() / slowK);
      ks.push(smoothedK);
      if (!ks.full()) return Double.NaN;
      k = smoothedK;
      d = clamp(ks.sum() / slowD);
      return d;
    }

    /** %K of the last bar, NaN during the warm-up. */
    public double k() {
      return k;
    }

    /** %D of the last bar, NaN during the warm-up. */
    public double d() {
      return d;
    }

    private static double clamp(double value) {
      return Math.max(0, Math.min(100, value));
    }
  }
}
