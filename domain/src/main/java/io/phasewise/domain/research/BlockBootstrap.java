package io.phasewise.domain.research;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Moving-block bootstrap (Künsch 1989) of a difference of group means over a time series: a resample is
 * ⌈m / b⌉ blocks of b consecutive bars, each starting anywhere in 0 .. m − b, cut to m bars; the
 * statistic is recomputed on it, and the 2.5% and 97.5% quantiles of B resamples are the 95% interval.
 *
 * <p>Blocks keep the dependence inside them: forward windows of H bars overlap, so bar-by-bar (iid)
 * resampling, which a block of 1 is, treats H nearly equal values as independent and draws intervals far
 * too narrow. Use b ≥ H. Group sums over a block come from prefix sums, so a resample costs m / b steps.
 * A resample in which a group is empty is drawn again (at most B extra draws).
 */
public final class BlockBootstrap {
  private final int blockLength;
  private final int resamples;
  private final long seed;

  /** Resampling blocks of {@code blockLength} bars {@code resamples} times from a {@link SplittableRandom} of {@code seed}. */
  public BlockBootstrap(int blockLength, int resamples, long seed) {
    if (blockLength < 1) throw new IllegalArgumentException("block length must be at least 1: " + blockLength);
    if (resamples < 1) throw new IllegalArgumentException("resamples must be at least 1: " + resamples);
    this.blockLength = blockLength;
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * For each column of {@code values} (all of length m), mean over the bars in {@code hostile} minus mean
   * over the bars in {@code favourable} (flags of length at least m), each column resampled with the same
   * blocks.
   */
  public Difference[] differences(double[][] values, boolean[] hostile, boolean[] favourable) {
    int columns = values.length;
    int m = columns == 0 ? 0 : values[0].length;
    double[][] hostileSums = new double[columns][];
    double[][] favourableSums = new double[columns][];
    for (int c = 0; c < columns; c++) {
      hostileSums[c] = prefixSums(values[c], hostile, m);
      favourableSums[c] = prefixSums(values[c], favourable, m);
    }
    int[] hostileCounts = prefixCounts(hostile, m);
    int[] favourableCounts = prefixCounts(favourable, m);
    int hostileBars = hostileCounts[m];
    int favourableBars = favourableCounts[m];
    double[][] draws = new double[columns][resamples];
    int drawn = 0;
    if (hostileBars > 0 && favourableBars > 0 && m >= blockLength) {
      SplittableRandom random = new SplittableRandom(seed);
      int[] starts = new int[(m + blockLength - 1) / blockLength];
      for (int attempt = 0; attempt < 2 * resamples && drawn < resamples; attempt++) {
        for (int k = 0; k < starts.length; k++) starts[k] = random.nextInt(m - blockLength + 1);
        int h = 0;
        int f = 0;
        for (int k = 0; k < starts.length; k++) {
          int end = starts[k] + Math.min(blockLength, m - k * blockLength);
          h += hostileCounts[end] - hostileCounts[starts[k]];
          f += favourableCounts[end] - favourableCounts[starts[k]];
        }
        if (h == 0 || f == 0) continue;
        for (int c = 0; c < columns; c++) {
          double hs = 0;
          double fs = 0;
          for (int k = 0; k < starts.length; k++) {
            int end = starts[k] + Math.min(blockLength, m - k * blockLength);
            hs += hostileSums[c][end] - hostileSums[c][starts[k]];
            fs += favourableSums[c][end] - favourableSums[c][starts[k]];
          }
          draws[c][drawn] = hs / h - fs / f;
        }
        drawn++;
      }
    }
    Difference[] out = new Difference[columns];
    for (int c = 0; c < columns; c++) {
      double estimate = hostileBars > 0 && favourableBars > 0
          ? hostileSums[c][m] / hostileBars - favourableSums[c][m] / favourableBars : Double.NaN;
      double[] sorted = Arrays.copyOf(draws[c], drawn);
      Arrays.sort(sorted);
      out[c] = new Difference(estimate, quantile(sorted, 0.025), quantile(sorted, 0.975), hostileBars, favourableBars);
    }
    return out;
  }

  /** The q-quantile of sorted values, interpolating between neighbours; NaN for none. */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) return Double.NaN;
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }

  private static double[] prefixSums(double[] values, boolean[] in, int m) {
    double[] sums = new double[m + 1];
    for (int i = 0; i < m; i++) sums[i + 1] = sums[i] + (in[i] ? values[i] : 0);
    return sums;
  }

  private static int[] prefixCounts(boolean[] in, int m) {
    int[] counts = new int[m + 1];
    for (int i = 0; i < m; i++) counts[i + 1] = counts[i] + (in[i] ? 1 : 0);
    return counts;
  }
}
