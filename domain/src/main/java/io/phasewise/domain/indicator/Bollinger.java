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
 *
 * <p>{@link #batch} gives all five outputs, {@link #bands} the three of TA-Lib's {@code BBANDS}, into new
 * arrays or the caller's. Both run the windows a block at a time (see {@link WindowMoments#slideAll})
 * through the same arithmetic as {@link Streaming}, so they give its values bit for bit.
 */
public final class Bollinger {

  /** The five outputs, each as long as the input. */
  public record Series(double[] upper, double[] middle, double[] lower, double[] bandwidth, double[] percentB) {}

  /** The three bands, each as long as the input. */
  public record Bands(double[] upper, double[] middle, double[] lower) {}

  private Bollinger() {}

  /** Leading NaN outputs of {@link #batch}: {@code period - 1}. */
  public static int warmUp(int period, double up, double down) {
    requireParameters(period, up, down);
    return period - 1;
  }

  /**
   * Upper, middle and lower band at each index, NaN for the first {@link #warmUp} indices: the three
   * outputs of TA-Lib's {@code BBANDS}, without the two divisions per bar of bandwidth and %B.
   */
  public static Bands bands(double[] in, int period, double up, double down) {
    int n = in.length;
    Bands out = new Bands(new double[n], new double[n], new double[n]);
    bands(in, period, up, down, out);
    return out;
  }

  /**
   * {@link #bands(double[], int, double, double)} written into {@code into}, whose columns are as long as
   * {@code in} and distinct from it and from each other: for callers that recompute into the same
   * arrays, as TA-Lib's callers do, and so skip allocating and zeroing three columns per call.
   */
  public static void bands(double[] in, int period, double up, double down, Bands into) {
    requireParameters(period, up, down);
    double[] upper = into.upper;
    double[] middle = into.middle;
    double[] lower = into.lower;
    ParamCheck.sameLength("in", in, "upper", upper);
    ParamCheck.sameLength("in", in, "middle", middle);
    ParamCheck.sameLength("in", in, "lower", lower);
    if (upper == in || middle == in || lower == in || upper == middle || upper == lower || middle == lower) {
      throw new IllegalArgumentException("the bands need their own arrays, distinct from the input's and each other's");
    }
    fillWarmUp(period, upper, middle, lower);
    WindowMoments.slideAll(in, period, upper, middle, lower,
        (end, length) -> fillBands(end, length, period, up, down, upper, middle, lower));
  }

  /** All five outputs at each index; NaN for the first {@link #warmUp} indices. */
  public static Series batch(double[] in, int period, double up, double down) {
    requireParameters(period, up, down);
    int n = in.length;
    Series out = new Series(new double[n], new double[n], new double[n], new double[n], new double[n]);
    fillWarmUp(period, out.upper, out.middle, out.lower, out.bandwidth, out.percentB);
    WindowMoments.slideAll(in, period, out.upper, out.middle, out.lower, (end, length) -> {
      fillBands(end, length, period, up, down, out.upper, out.middle, out.lower);
      fillRatios(in, end, length, out.upper, out.middle, out.lower, out.bandwidth, out.percentB);
    });
    return out;
  }

  private static void fillWarmUp(int period, double[]... columns) {
    for (double[] column : columns) Arrays.fill(column, 0, Math.min(period - 1, column.length), Double.NaN);
  }

  /**
   * Turns what {@link WindowMoments#slideAll} wrote to {@code upper}, {@code middle} and {@code lower} at
   * {@code end .. end + length - 1} into the bands, as {@link Streaming#next} computes them.
   */
  private static void fillBands(int end, int length, int period, double up, double down, double[] upper,
      double[] middle, double[] lower) {
    double scale = 1.0 / period;
    for (int i = end; i < end + length; i++) {
      double sigma = Math.sqrt(WindowMoments.scaledVariance(period, upper[i], middle[i], lower[i])) * scale;
      double mean = middle[i] * scale;
      upper[i] = mean + up * sigma;
      middle[i] = mean;
      lower[i] = mean - down * sigma;
    }
  }

  /**
   * Bandwidth and %B at {@code end .. end + length - 1}: the divisions in a loop the JIT vectorizes,
   * then, where the bands collapsed and they divided by zero, the rule of {@link #bandwidthOf} and
   * {@link #percentBOf}, whose selection the JIT would not vectorize.
   */
  private static void fillRatios(double[] in, int end, int length, double[] upper, double[] middle,
      double[] lower, double[] bandwidth, double[] percentB) {
    for (int i = end; i < end + length; i++) {
      double width = upper[i] - lower[i];
      bandwidth[i] = width / middle[i];
      percentB[i] = (in[i] - lower[i]) / width;
    }
    for (int i = end; i < end + length; i++) {
      if (upper[i] - lower[i] == 0) {
        bandwidth[i] = bandwidthOf(upper[i], middle[i], lower[i]);
        percentB[i] = percentBOf(in[i], upper[i], lower[i]);
      }
    }
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
      bandwidth = bandwidthOf(upper, middle, lower);
      percentB = percentBOf(value, upper, lower);
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

  private static double bandwidthOf(double upper, double middle, double lower) {
    double width = upper - lower;
    return width == 0 ? 0 : width / middle;
  }

  private static double percentBOf(double value, double upper, double lower) {
    double width = upper - lower;
    return width == 0 ? 0.5 : (value - lower) / width;
  }

  private static void requireParameters(int period, double up, double down) {
    ParamCheck.atLeast("period", period, 1);
    requireDeviations("up", up);
    requireDeviations("down", down);
  }

  private static void requireDeviations(String side, double deviations) {
    if (!(deviations >= 0 && deviations < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(side + " deviations must be finite and >= 0: " + deviations);
    }
  }
}
