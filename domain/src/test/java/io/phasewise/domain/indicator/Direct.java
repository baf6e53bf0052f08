package io.phasewise.domain.indicator;

import java.util.Arrays;

/** Test oracle: textbook per-window statistics, recomputed from scratch for every window by two passes. */
final class Direct {

  private Direct() {}

  /** One-bar log returns; element 0 is NaN. */
  static double[] logReturns(double[] prices) {
    double[] r = new double[prices.length];
    r[0] = Double.NaN;
    for (int t = 1; t < prices.length; t++) r[t] = Math.log(prices[t] / prices[t - 1]);
    return r;
  }

  static double mean(double[] x, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) sum += x[i];
    return sum / (to - from);
  }

  /** Sample covariance (n − 1) of {@code x[from..to)} and {@code y[from..to)}. */
  static double covariance(double[] x, double[] y, int from, int to) {
    double mx = mean(x, from, to);
    double my = mean(y, from, to);
    double sum = 0;
    for (int i = from; i < to; i++) sum += (x[i] - mx) * (y[i] - my);
    return sum / (to - from - 1);
  }

  static double[] nan(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }

  /** Two price series inner-joined on their bar times, as docs/ANALYTICS.md asks before taking returns. */
  static double[][] alignedCloses(Bars a, Bars b) {
    double[] left = new double[Math.min(a.size(), b.size())];
    double[] right = new double[left.length];
    int n = 0;
    for (int i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a.time()[i] < b.time()[j]) {
        i++;
      } else if (a.time()[i] > b.time()[j]) {
        j++;
      } else {
        left[n] = a.close()[i++];
        right[n++] = b.close()[j++];
      }
    }
    return new double[][] {Arrays.copyOf(left, n), Arrays.copyOf(right, n)};
  }
}
