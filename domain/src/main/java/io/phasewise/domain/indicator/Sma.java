package io.phasewise.domain.indicator;

import java.util.Arrays;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} values (TA-Lib {@code SMA}).
 *
 * <p>A running window sum (add the new value, subtract the one leaving), so each bar costs O(1).
 */
public final class Sma {

  private Sma() {}

  /** Leading NaN outputs of {@link #batch}: {@code period - 1}. */
  public static int warmUp(int period) {
    ParamCheck.atLeast("period", period, 1);
    return period - 1;
  }

  /** The SMA of every window ending at each index; NaN for the first {@link #warmUp} indices. */
  public static double[] batch(double[] in, int period) {
    ParamCheck.atLeast("period", period, 1);
    int n = in.length;
    double[] out = new double[n];
    Arrays.fill(out, 0, Math.min(period - 1, n), Double.NaN);
    if (n < period) return out;
    double sum = 0;
    for (int i = 0; i < period; i++) sum += in[i];
    double scale = 1.0 / period;
    out[period - 1] = sum * scale;
    for (int i = period; i < n; i++) {
      sum += in[i] - in[i - period];
      out[i] = sum * scale;
    }
    return out;
  }

  /** A stream whose k-th output equals {@code batch(in, period)[k]}. */
  public static Streaming streaming(int period) {
    ParamCheck.atLeast("period", period, 1);
    return new Streaming(period);
  }

  /** Bar-by-bar SMA with constant work per value. */
  public static final class Streaming {
    private final SlidingWindow window;
    private final int period;
    private double sum;
    private long seen;

    private Streaming(int period) {
      this.window = new SlidingWindow(period);
      this.period = period;
    }

    /** Adds the next value and returns the SMA ending at it, or NaN during warm-up. */
    public double next(double value) {
      sum += value - window.push(value);
      return ++seen < period ? Double.NaN : sum / period;
    }
  }
}
