package io.phasewise.domain.indicator;

import java.util.Arrays;

/**
 * Relative strength index with Wilder smoothing (TA-Lib {@code RSI}, default compatibility).
 *
 * <p>Changes {@code d = value - previous} split into gains {@code max(d, 0)} and losses
 * {@code max(-d, 0)}. At index {@code period} the average gain and loss are the simple means of the
 * first {@code period} changes; after that each is smoothed as {@code avg = (avg (period - 1) + x) / period}.
 * RSI = {@code 100 avgGain / (avgGain + avgLoss)}, in 0..100.
 *
 * <p>Flat prices: when there was neither gain nor loss (both averages 0) the RSI is 0, as TA-Lib
 * returns. TA-Lib applies that rule whenever {@code avgGain + avgLoss < 1e-8} in absolute terms, which
 * also zeroes the RSI of instruments quoted in tiny units; we apply it only to an exact zero, so the
 * two differ on such series.
 *
 * <p>Warm-up convergence: the seed's weight decays as {@code (1 - 1/period)^m}; after
 * {@link #convergenceBars} bars past the warm-up it is below e^-25, and outputs agree within 1e-9
 * however much earlier history was supplied, unless its average moves were more than about 70 times
 * the current ones.
 */
public final class Rsi {

  private Rsi() {}

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

  /** The RSI at each index; NaN for the first {@link #warmUp} indices. */
  public static double[] batch(double[] in, int period) {
    ParamCheck.atLeast("period", period, 1);
    int n = in.length;
    double[] out = new double[n];
    Arrays.fill(out, 0, Math.min(period, n), Double.NaN);
    if (n <= period) return out;
    double gain = 0;
    double loss = 0;
    for (int i = 1; i <= period; i++) {
      double change = in[i] - in[i - 1];
      gain += up(change);
      loss += down(change);
    }
    double scale = 1.0 / period;
    double decay = (period - 1) * scale;
    gain *= scale;
    loss *= scale;
    out[period] = rsi(gain, loss);
    for (int i = period + 1; i < n; i++) {
      double change = in[i] - in[i - 1];
      gain = gain * decay + up(change) * scale;
      loss = loss * decay + down(change) * scale;
      out[i] = rsi(gain, loss);
    }
    return out;
  }

  /** A stream whose k-th output equals {@code batch(in, period)[k]}. */
  public static Streaming streaming(int period) {
    ParamCheck.atLeast("period", period, 1);
    return new Streaming(period);
  }

  /** Bar-by-bar RSI with constant work per value. */
  public static final class Streaming {
    private final int period;
    private final double keep;
    private double previous;
    private double gain;
    private double loss;
    private long seen;

    private Streaming(int period) {
      this.period = period;
      this.keep = period - 1;
    }

    /** Adds the next value and returns the RSI at it, or NaN during warm-up. */
    public double next(double value) {
      double change = value - previous;
      previous = value;
      seen++;
      if (seen == 1) return Double.NaN;
      double up = up(change);
      double down = down(change);
      if (seen > period + 1) {
        gain = (gain * keep + up) / period;
        loss = (loss * keep + down) / period;
        return rsi(gain, loss);
      }
      gain += up;
      loss += down;
      if (seen <= period) return Double.NaN;
      gain /= period;
      loss /= period;
      return rsi(gain, loss);
    }
  }

  /** {@code max(change, 0)}, exactly and without a branch (a random walk's sign is unpredictable). */
  private static double up(double change) {
    return (Math.abs(change) + change) * 0.5;
  }

  /** {@code max(-change, 0)}, exactly and without a branch. */
  private static double down(double change) {
    return (Math.abs(change) - change) * 0.5;
  }

  private static double rsi(double gain, double loss) {
    double total = gain + loss;
    return total == 0 ? 0 : 100 * (gain / total);
  }
}
