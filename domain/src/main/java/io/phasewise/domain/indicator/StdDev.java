package io.phasewise.domain.indicator;

/**
 * Rolling standard deviation over the last {@code period} values, as a sample ({@code n − 1}, the
 * convention of {@code docs/ANALYTICS.md}) or population ({@code n}, TA-Lib's {@code STDDEV} with
 * {@code nbDev = 1}) statistic. Each window's variance is exact to rounding (see {@link WindowMoments}),
 * not a drifting running sum of squares.
 */
public final class StdDev {

  /** Which divisor the variance uses. */
  public enum Convention {
    /** Divides by {@code n − 1}; needs a period of at least 2. */
    SAMPLE,
    /** Divides by {@code n}. */
    POPULATION
  }

  private StdDev() {}

  /** Leading NaN outputs of {@link #batch}: {@code period - 1}. */
  public static int warmUp(int period, Convention convention) {
    requireParameters(period, convention);
    return period - 1;
  }

  /** The standard deviation of every window ending at each index; NaN for the first {@link #warmUp} indices. */
  public static double[] batch(double[] in, int period, Convention convention) {
    return StreamedBatch.of(in, streaming(period, convention)::next);
  }

  /** A stream whose k-th output equals {@code batch(in, period, convention)[k]}. */
  public static Streaming streaming(int period, Convention convention) {
    requireParameters(period, convention);
    return new Streaming(period, divisor(period, convention));
  }

  /** Bar-by-bar rolling standard deviation with constant work per value. */
  public static final class Streaming {
    private final SlidingWindow window;
    private final WindowMoments moments = new WindowMoments();
    private final int period;
    private final double divisor;
    private long seen;

    private Streaming(int period, double divisor) {
      this.window = new SlidingWindow(period);
      this.period = period;
      this.divisor = divisor;
    }

    /** Adds the next value and returns the standard deviation of the window ending at it, or NaN during warm-up. */
    public double next(double value) {
      moments.slide(value, window.push(value));
      return ++seen < period ? Double.NaN : Math.sqrt(moments.scaledVariance(period) / divisor);
    }
  }

  /** {@code count²}-scaled variance over this is the variance. */
  private static double divisor(int period, Convention convention) {
    return (double) period * (convention == Convention.SAMPLE ? period - 1 : period);
  }

  private static void requireParameters(int period, Convention convention) {
    if (convention == null) throw new IllegalArgumentException("convention must be given: null");
    int least = convention == Convention.SAMPLE ? 2 : 1;
    if (period < least) {
      throw new IllegalArgumentException("period must be >= " + least + " for " + convention + ": " + period);
    }
  }
}
