package io.phasewise.domain.indicator;

import java.util.Arrays;

/**
 * Bollinger bands (TA-Lib {@code BBANDS} on an SMA): middle = the mean of the last {@code period}
 * values, upper = middle + {@code up} σ, lower = middle − {@code down} σ, with σ the population
 * standard deviation of the same window (as TA-Lib); bandwidth = (upper − lower) / middle and
 * %B = (value − lower) / (upper − lower).
 *
 * <p>σ is exact to rounding for every window (see {@link WindowMoments}), where TA-Lib's running sum of
 * squares drifts on long series. On a window of equal values the bands collapse onto the middle: the
 * bandwidth is then 0 and %B is 0.5 (the value sits on the middle), so flat prices never divide by zero.
 */
public final class Bollinger {

  /** The five outputs, each as long as the input. */
  public record Series(double[] upper, double[] middle, double[] lower, double[] bandwidth, double[] percentB) {}

  private Bollinger() {}

  /** Leading NaN outputs of {@link #batch}: {@code period - 1}. */
  public static int warmUp(int period, double up, double down) {
    requireParameters(period, up, down);
    return period - 1;
  }

  /** The bands at each index; NaN for the first {@link #warmUp} indices. */
  public static Series batch(double[] in, int period, double up, double down) {
    requireParameters(period, up, down);
    int n = in.length;
    Series out = new Series(new double[n], new double[n], new double[n], new double[n], new double[n]);
    int nan = Math.min(period - 1, n);
    for (double[] column : new double[][] {out.upper, out.middle, out.lower, out.bandwidth, out.percentB}) {
      Arrays.fill(column, 0, nan, Double.NaN);
    }
    double scale = 1.0 / period;
    WindowMoments moments = new WindowMoments();
    for (int i = 0; i < nan; i++) moments.add(in[i]);
    double leaving = 0;
    for (int i = period - 1; i < n; i++) {
      double value = in[i];
      moments.slide(value, leaving);
      leaving = in[i + 1 - period];
      double middle = moments.total() * scale;
      double sigma = Math.sqrt(moments.scaledVariance(period)) * scale;
      double upper = middle + up * sigma;
      double lower = middle - down * sigma;
      double width = upper - lower;
      out.upper[i] = upper;
      out.middle[i] = middle;
      out.lower[i] = lower;
      out.bandwidth[i] = width == 0 ? 0 : width / middle;
      out.percentB[i] = width == 0 ? 0.5 : (value - lower) / width;
    }
    return out;
  }

  /** A stream whose k-th outputs equal those of {@code batch(in, period, up, down)} at k. */
  public static Streaming streaming(int period, double up, double down) {
    requireParameters(period, up, down);
    return new Streaming(period, up, down);
  }

  /** Bar-by-bar Bollinger bands with constant work per value; all five outputs of the last bar are getters. */
  public static final class Streaming {
    private final SlidingWindow window;
    private final WindowMoments moments = new WindowMoments();
    private final int period;
    private final double up;
    private final double down;
    private final double scale;
    private long seen;
    private double upper = Double.NaN;
    private double middle = Double.NaN;
    private double lower = Double.NaN;
    private double bandwidth = Double.NaN;
    private double percentB = Double.NaN;

    private Streaming(int period, double up, double down) {
      this.window = new SlidingWindow(period);
      this.period = period;
      this.up = up;
      this.down = down;
      this.scale = 1.0 / period;
    }

    /** Adds the next value and returns the middle band at it, or NaN during warm-up. */
    public double next(double value) {
      moments.slide(value, window.push(value));
      if (++seen < period) return Double.NaN;
      middle = moments.total() * scale;
      double sigma = Math.sqrt(moments.scaledVariance(period)) * scale;
      upper = middle + up * sigma;
      lower = middle - down * sigma;
      double width = upper - lower;
      bandwidth = width == 0 ? 0 : width / middle;
      percentB = width == 0 ? 0.5 : (value - lower) / width;
      return middle;
    }

    /** Upper band at the last value, NaN during warm-up. */
    public double upper() {
      return upper;
    }

    /** Middle band (the SMA) at the last value, NaN during warm-up. */
    public double middle() {
      return middle;
    }

    /** Lower band at the last value, NaN during warm-up. */
    public double lower() {
      return lower;
    }

    /** (upper − lower) / middle at the last value, NaN during warm-up. */
    public double bandwidth() {
      return bandwidth;
    }

    /** (value − lower) / (upper − lower) at the last value, NaN during warm-up. */
    public double percentB() {
      return percentB;
    }
  }

  private static void requireParameters(int period, double up, double down) {
    if (period < 1) throw new IllegalArgumentException("period must be >= 1: " + period);
    if (!(up >= 0 && up < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("up deviations must be finite and >= 0: " + up);
    }
    if (!(down >= 0 && down < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("down deviations must be finite and >= 0: " + down);
    }
  }
}
