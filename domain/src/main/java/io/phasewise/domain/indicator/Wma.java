package io.phasewise.domain.indicator;

import java.util.Arrays;

/**
 * Linearly weighted moving average (TA-Lib {@code WMA}): over the last {@code period} values, the
 * newest weighs {@code period}, the one before {@code period - 1}, ... the oldest 1; divided by
 * {@code period (period + 1) / 2}.
 *
 * <p>Kept in O(1) per bar by two running sums: the weighted sum gains {@code period × new value} and
 * loses the plain window sum of the bar before, which is then updated like an SMA's.
 */
public final class Wma {

  private Wma() {}

  /** Leading NaN outputs of {@link #batch}: {@code period - 1}. */
  public static int warmUp(int period) {
    ParamCheck.atLeast("period", period, 1);
    return period - 1;
  }

  /** The WMA of every window ending at each index; NaN for the first {@link #warmUp} indices. */
  public static double[] batch(double[] in, int period) {
    ParamCheck.atLeast("period", period, 1);
    int n = in.length;
    double[] out = new double[n];
    Arrays.fill(out, 0, Math.min(period - 1, n), Double.NaN);
    double divisor = period * (period + 1.0) / 2;
    double weighted = 0;
    double sum = 0;
    for (int i = 0; i < Math.min(period, n); i++) {
      weighted += (i + 1) * in[i];
      sum += in[i];
    }
    if (n >= period) out[period - 1] = weighted / divisor;
    for (int i = period; i < n; i++) {
      weighted += period * in[i] - sum;
      sum += in[i] - in[i - period];
      out[i] = weighted / divisor;
    }
    return out;
  }

  /** A stream whose k-th output equals {@code batch(in, period)[k]}. */
  public static Streaming streaming(int period) {
    ParamCheck.atLeast("period", period, 1);
    return new Streaming(period);
  }

  /** Bar-by-bar WMA with constant work per value. */
  public static final class Streaming {
    private final SlidingWindow window;
    private final int period;
    private final double divisor;
    private double weighted;
    private double sum;
    private long seen;

    private Streaming(int period) {
      this.window = new SlidingWindow(period);
      this.period = period;
      this.divisor = period * (period + 1.0) / 2;
    }

    /** Adds the next value and returns the WMA ending at it, or NaN during warm-up. */
    public double next(double value) {
      double leaving = window.push(value);
      seen++;
      if (seen <= period) {
        weighted += seen * value;
        sum += value;
      } else {
        weighted += period * value - sum;
        sum += value - leaving;
      }
      return seen < period ? Double.NaN : weighted / divisor;
    }
  }
}
