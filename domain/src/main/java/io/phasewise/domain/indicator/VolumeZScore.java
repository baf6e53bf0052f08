package io.phasewise.domain.indicator;

/**
 * Volume z-score: (volume − mean) / sample standard deviation (n − 1) over the last {@code window} bars,
 * the current bar included. When every volume in the window is the same (flat or all-zero volume) the
 * spread is zero and the z-score is defined as 0: the bar sits exactly at its window's mean.
 */
public final class VolumeZScore {

  private VolumeZScore() {}

  /** Leading NaN outputs of {@link #batch}: {@code window − 1}. */
  public static int warmUp(int window) {
    return ParamCheck.atLeast("window", window, 2) - 1;
  }

  public static double[] batch(double[] volume, int window) {
    return StreamedBatch.of(volume, streaming(window)::next);
  }

  public static Streaming streaming(int window) {
    warmUp(window);
    return new Streaming(window);
  }

  /** The z-score bar by bar: the k-th {@link #next} equals {@code batch(...)[k]}. */
  public static final class Streaming {
    private final PairedWindowMoments moments;

    private Streaming(int window) {
      moments = new PairedWindowMoments(window);
    }

    public double next(double volume) {
      moments.push(volume, volume);
      if (!moments.full()) return Double.NaN;
      double variance = moments.varianceX();
      return variance == 0 ? 0 : (volume - moments.meanX()) / Math.sqrt(variance);
    }
  }
}
