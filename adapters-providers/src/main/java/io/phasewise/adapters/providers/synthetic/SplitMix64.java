package io.phasewise.adapters.providers.synthetic;

/**
 * SplitMix64 pseudo-random numbers with Gaussians by the polar method. Built on integer arithmetic and
 * {@link StrictMath}, so a seed gives the same numbers on every JVM and platform, which
 * {@code java.util.Random}'s successors do not promise for their algorithms. Not thread-safe.
 */
final class SplitMix64 {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;
  private double spareGaussian;
  private boolean hasSpareGaussian;

  SplitMix64(long seed) {
    this.state = seed;
  }

  /** The SplitMix64 output function: a bijective scramble of {@code z}. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [{@code from}, {@code to}]. */
  int nextInt(int from, int to) {
    return from + (int) Long.remainderUnsigned(nextLong(), to - from + 1L);
  }

  /** Standard normal. */
  double nextGaussian() {
    if (hasSpareGaussian) {
      hasSpareGaussian = false;
      return spareGaussian;
    }
    double u;
    double v;
    double s;
    do {
      u = 2 * nextDouble() - 1;
      v = 2 * nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    double scale = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
    spareGaussian = v * scale;
    hasSpareGaussian = true;
    return u * scale;
  }
}
