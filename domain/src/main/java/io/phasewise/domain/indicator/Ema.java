package io.phasewise.domain.indicator;

import java.util.Arrays;

/**
 * Exponential moving average with smoothing factor {@code k = 2 / (period + 1)} (TA-Lib {@code EMA},
 * default compatibility): seeded at index {@code period - 1} with the simple average of the first
 * {@code period} values, then {@code ema += (value - ema) * k}.
 *
 * <p>Warm-up convergence: the seed's weight in the output {@code m} bars after it is {@code (1 - k)^m};
 * after {@link #convergenceBars} further bars it is below e^-25 (about 1.4e-11), so outputs from then
 * on agree within 1e-9 relative however much earlier history was supplied, unless its level was more
 * than about 70 times the current one.
 */
public final class Ema {

  private Ema() {}

  /** Leading NaN outputs of {@link #batch}: {@code period - 1}. */
  public static int warmUp(int period) {
    ParamCheck.atLeast("period", period, 1);
    return period - 1;
  }

  /** Bars after the warm-up after which the seed no longer matters (see the class comment). */
  public static int convergenceBars(int period) {
    ParamCheck.atLeast("period", period, 1);
    return Smoothing.barsToForget(2.0 / (period + 1));
  }

  /** The EMA at each index; NaN for the first {@link #warmUp} indices. */
  public static double[] batch(double[] in, int period) {
    ParamCheck.atLeast("period", period, 1);
    int n = in.length;
    double[] out = new double[n];
    Arrays.fill(out, 0, Math.min(period - 1, n), Double.NaN);
    if (n < period) return out;
    double sum = 0;
    for (int i = 0; i < period; i++) sum += in[i];
    double k = 2.0 / (period + 1);
    double decay = 1 - k;
    double ema = sum / period;
    out[period - 1] = ema;
    // ema (1 - k) + value k is ema + (value - ema) k rearranged so that only a multiply and an add
    // depend on the previous bar
    for (int i = period; i < n; i++) {
      ema = ema * decay + in[i] * k;
      out[i] = ema;
    }
    return out;
  }

  /** A stream whose k-th output equals {@code batch(in, period)[k]}. */
  public static Streaming streaming(int period) {
    ParamCheck.atLeast("period", period, 1);
    return new Streaming(period);
  }

  /** Bar-by-bar EMA with constant work per value. */
  public static final class Streaming {
    private final int period;
    private final double k;
    private double sum;
    private double ema;
    private long seen;

    private Streaming(int period) {
      this.period = period;
      this.k = 2.0 / (period + 1);
    }

    /** Adds the next value and returns the EMA at it, or NaN during warm-up. */
    public double next(double value) {
      seen++;
      if (seen > period) {
        ema += (value - ema) * k;
        return ema;
      }
      sum += value;
      if (seen < period) return Double.NaN;
      ema = sum / period;
      return ema;
    }
  }
}
