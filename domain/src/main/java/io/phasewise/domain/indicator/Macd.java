package io.phasewise.domain.indicator;

import java.util.Arrays;

/**
 * Moving average convergence/divergence (TA-Lib {@code MACD}): line = EMA(fast) − EMA(slow), signal =
 * EMA(signal) of the line, histogram = line − signal; each EMA uses {@code k = 2 / (period + 1)} and is
 * seeded with a simple average, as in {@link Ema}.
 *
 * <p>Alignment follows TA-Lib: both EMAs start at index {@code slow - 1}, the slow one seeded from
 * values {@code 0..slow-1} and the fast one from the {@code fast} values ending there (not from the
 * first {@code fast} values); the signal is seeded with the mean of the first {@code signal} line values,
 * and all three outputs start together at index {@code slow + signal - 2} (33 for 12/26/9).
 *
 * <p>The batch form is one pass over the input that updates both EMAs, the signal and the histogram.
 *
 * <p>Warm-up convergence: the seeds' weight decays with the slow EMA's {@code (1 - k)^m}, and the signal,
 * an EMA of the line, carries it on (see {@link Smoothing#barsToForget(double, double)}); after
 * {@link #convergenceBars} bars past the warm-up it is below e^-25. The outputs are differences of
 * averages and cross zero, so outputs from then on agree within 1e-9 of the price level (not of
 * their own, possibly tiny, value) however much earlier history was supplied, unless its level was
 * more than about 70 times the current one.
 */
public final class Macd {

  /** Line, signal and histogram, each as long as the input. */
  public record Series(double[] macd, double[] signal, double[] histogram) {}

  private Macd() {}

  /** Leading NaN outputs of {@link #batch}: {@code slow + signal - 2}. */
  public static int warmUp(int fast, int slow, int signal) {
    requirePeriods(fast, slow, signal);
    return slow + signal - 2;
  }

  /** Bars after the warm-up after which the seeds no longer matter (see the class comment). */
  public static int convergenceBars(int fast, int slow, int signal) {
    requirePeriods(fast, slow, signal);
    return Smoothing.barsToForget(2.0 / (slow + 1), 2.0 / (signal + 1));
  }

  /** The MACD line, signal and histogram at each index; NaN for the first {@link #warmUp} indices. */
  public static Series batch(double[] in, int fast, int slow, int signal) {
    int warmUp = warmUp(fast, slow, signal);
    int n = in.length;
    double[] line = new double[n];
    double[] trigger = new double[n];
    double[] histogram = new double[n];
    int nan = Math.min(warmUp, n);
    Arrays.fill(line, 0, nan, Double.NaN);
    Arrays.fill(trigger, 0, nan, Double.NaN);
    Arrays.fill(histogram, 0, nan, Double.NaN);
    if (n <= warmUp) return new Series(line, trigger, histogram);
    double fastSum = 0;
    double slowSum = 0;
    for (int i = 0; i < slow; i++) {
      slowSum += in[i];
      if (i >= slow - fast) fastSum += in[i];
    }
    double kFast = 2.0 / (fast + 1);
    double kSlow = 2.0 / (slow + 1);
    double kSignal = 2.0 / (signal + 1);
    double fastEma = fastSum / fast;
    double slowEma = slowSum / slow;
    double signalSum = fastEma - slowEma;
    for (int i = slow; i <= warmUp; i++) {
      fastEma += (in[i] - fastEma) * kFast;
      slowEma += (in[i] - slowEma) * kSlow;
      signalSum += fastEma - slowEma;
    }
    double macd = fastEma - slowEma;
    double signalEma = signalSum / signal;
    line[warmUp] = macd;
    trigger[warmUp] = signalEma;
    histogram[warmUp] = macd - signalEma;
    for (int i = warmUp + 1; i < n; i++) {
      fastEma += (in[i] - fastEma) * kFast;
      slowEma += (in[i] - slowEma) * kSlow;
      macd = fastEma - slowEma;
      signalEma += (macd - signalEma) * kSignal;
      line[i] = macd;
      trigger[i] = signalEma;
      histogram[i] = macd - signalEma;
    }
    return new Series(line, trigger, histogram);
  }

  /** A stream whose k-th outputs equal those of {@code batch(in, fast, slow, signal)} at k. */
  public static Streaming streaming(int fast, int slow, int signal) {
    requirePeriods(fast, slow, signal);
    return new Streaming(fast, slow, signal);
  }

  /** Bar-by-bar MACD with constant work per value; the signal and histogram of the last bar are getters. */
  public static final class Streaming {
    private final int fast;
    private final int slow;
    private final int signal;
    private final double kFast;
    private final double kSlow;
    private final double kSignal;
    private double fastEma;
    private double slowEma;
    private double signalEma;
    private double macd = Double.NaN;
    private double trigger = Double.NaN;
    private long seen;

    private Streaming(int fast, int slow, int signal) {
      this.fast = fast;
      this.slow = slow;
      this.signal = signal;
      this.kFast = 2.0 / (fast + 1);
      this.kSlow = 2.0 / (slow + 1);
      this.kSignal = 2.0 / (signal + 1);
    }

    /** Adds the next value and returns the MACD line at it, or NaN during warm-up. */
    public double next(double value) {
      seen++;
      if (seen < slow) {
        slowEma += value;
        if (seen > slow - fast) fastEma += value;
        return Double.NaN;
      }
      if (seen == slow) {
        slowEma = (slowEma + value) / slow;
        fastEma = (fastEma + value) / fast;
        signalEma = fastEma - slowEma;
      } else {
        fastEma += (value - fastEma) * kFast;
        slowEma += (value - slowEma) * kSlow;
        if (seen < slow + signal) signalEma += fastEma - slowEma;
        else signalEma += (fastEma - slowEma - signalEma) * kSignal;
      }
      if (seen == slow + signal - 1) signalEma /= signal;
      if (seen < slow + signal - 1) return Double.NaN;
      macd = fastEma - slowEma;
      trigger = signalEma;
      return macd;
    }

    /** The MACD line at the last value, NaN during warm-up. */
    public double macd() {
      return macd;
    }

    /** The signal line at the last value, NaN during warm-up. */
    public double signal() {
      return trigger;
    }

    /** Line minus signal at the last value, NaN during warm-up. */
    public double histogram() {
      return macd - trigger;
    }
  }

  private static void requirePeriods(int fast, int slow, int signal) {
    if (fast < 1) throw new IllegalArgumentException("fast period must be >= 1: " + fast);
    if (slow <= fast) throw new IllegalArgumentException("slow period must exceed fast period " + fast + ": " + slow);
    if (signal < 1) throw new IllegalArgumentException("signal period must be >= 1: " + signal);
  }
}
