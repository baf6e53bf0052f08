package io.phasewise.domain.indicator;

/**
 * True range (TA-Lib {@code TRANGE}): the largest of high − low, |high − previous close| and
 * |low − previous close|, so a gap counts as range. Undefined on the first bar (no previous close).
 */
public final class TrueRange {

  private TrueRange() {}

  /** Leading NaN outputs of {@link #batch}: 1. */
  public static int warmUp() {
    return 1;
  }

  /** The true range at each index; NaN at index 0. */
  public static double[] batch(double[] high, double[] low, double[] close) {
    requireSameLength(high, low, close);
    int n = close.length;
    double[] out = new double[n];
    if (n > 0) out[0] = Double.NaN;
    for (int i = 1; i < n; i++) out[i] = of(high[i], low[i], close[i - 1]);
    return out;
  }

  /** A stream whose k-th output equals {@code batch(high, low, close)[k]}. */
  public static Streaming streaming() {
    return new Streaming();
  }

  /** Bar-by-bar true range. */
  public static final class Streaming {
    private double previousClose = Double.NaN;

    private Streaming() {}

    /** Adds the next bar and returns its true range, or NaN for the first bar. */
    public double next(double high, double low, double close) {
      double range = of(high, low, previousClose);
      previousClose = close;
      return range;
    }
  }

  /**
   * The true range of a bar given the previous close (NaN when any of the three is NaN), without a
   * branch: which of the three wins is as unpredictable as the prices.
   */
  static double of(double high, double low, double previousClose) {
    return Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
  }

  static void requireSameLength(double[] high, double[] low, double[] close) {
    if (high.length != close.length || low.length != close.length) {
      throw new IllegalArgumentException(
          "high, low and close must have one length: " + high.length + ", " + low.length + ", " + close.length);
    }
  }
}
