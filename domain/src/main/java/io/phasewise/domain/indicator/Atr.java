package io.phasewise.domain.indicator;

import java.util.Arrays;

/**
 * Average true range with Wilder smoothing (TA-Lib {@code ATR}): at index {@code period} the mean of the
 * true ranges of bars {@code 1..period} (see {@link TrueRange}), then
 * {@code atr = (atr (period - 1) + trueRange) / period}. Never negative.
 *
 * <p>Warm-up convergence: the seed's weight decays as {@code (1 - 1/period)^m}; after
 * {@link #convergenceBars} bars past the warm-up it is below e^-25, and outputs agree within 1e-9
 * however much earlier history was supplied, unless its ranges were more than about 70 times the
 * current ones.
 */
public final class Atr {

  private Atr() {}

  /** Leading NaN outputs of {@link #batch}: {@code period}. */
  public static int warmUp(int period) {
    ParamCheck.atLeast("period", period, 1);
    return period;
  }

  /** Bars after the warm-up after which the seed no longer matters (see the class comment). */
  public static int convergenceBars(int period) {
    ParamCheck.atLeast("period", period, 1);
    return Smoothing.barsToForget(1.0 / period);
  }

  /** The ATR at each index; NaN for the first {@link #warmUp} indices. */
  public static double[] batch(double[] high, double[] low, double[] close, int period) {
    ParamCheck.atLeast("period", period, 1);
    TrueRange.requireSameLength(high, low, close);
    int n = close.length;
    double[] out = new double[n];
    Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
    if (n <= period) return out;
    double sum = 0;
    for (int i = 1; i <= period; i++) sum += TrueRange.of(high[i], low[i], close[i - 1]);
    double scale = 1.0 / period;
    double decay = (period - 1) * scale;
    double atr = sum * scale;
    out[period] = atr;
    for (int i = period + 1; i < n; i++) {
      atr = atr * decay + TrueRange.of(high[i], low[i], close[i - 1]) * scale;
      out[i] = atr;
    }
    return out;
  }

  /** A stream whose k-th output equals {@code batch(high, low, close, period)[k]}. */
  public static Streaming streaming(int period) {
    ParamCheck.atLeast("period", period, 1);
    return new Streaming(period);
  }

  /** Bar-by-bar ATR with constant work per bar. */
  public static final class Streaming {
    private final int period;
    private final double keep;
    private double previousClose;
    private double atr;
    private long seen;

    private Streaming(int period) {
      this.period = period;
      this.keep = period - 1;
    }

    /** Adds the next bar and returns the ATR at it, or NaN during warm-up. */
    public double next(double high, double low, double close) {
      double range = TrueRange.of(high, low, previousClose);
      previousClose = close;
      seen++;
      if (seen == 1) return Double.NaN;
      if (seen > period + 1) {
        atr = (atr * keep + range) / period;
        return atr;
      }
      atr += range;
      if (seen <= period) return Double.NaN;
      atr /= period;
      return atr;
    }
  }
}
