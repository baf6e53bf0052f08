package io.phasewise.domain.statistics;

import java.util.OptionalInt;

/**
 * Drawdown of an equity or index series E (ANALYTICS.md section 3): at t, E_t / max(E_s for s ≤ t) − 1.
 * Values must be positive: a drawdown of a series that crosses zero has no meaning.
 */
public final class Drawdown {

  private Drawdown() {}

  /** The drawdown at every index: 0 at a new high, negative below it. */
  public static double[] series(double[] equity) {
    requirePositive(equity);
    double[] out = new double[equity.length];
    double peak = Double.NEGATIVE_INFINITY;
    for (int t = 0; t < equity.length; t++) {
      peak = Math.max(peak, equity[t]);
      out[t] = equity[t] / peak - 1;
    }
    return out;
  }

  /** The deepest drawdown with its peak, trough and recovery indices; depth 0 at index 0 for a series that never falls. */
  public static MaxDrawdown maximum(double[] equity) {
    requirePositive(equity);
    if (equity.length == 0) throw new IllegalArgumentException("a drawdown needs at least one value");
    int peak = 0;
    int worstPeak = 0;
    int worstTrough = 0;
    double worst = 0;
    for (int t = 0; t < equity.length; t++) {
      if (equity[t] >= equity[peak]) {
        peak = t;
        continue;
      }
      double depth = equity[t] / equity[peak] - 1;
      if (depth < worst) {
        worst = depth;
        worstPeak = peak;
        worstTrough = t;
      }
    }
    return new MaxDrawdown(worst, worstPeak, worstTrough, worst < 0 ? recovery(equity, worstPeak, worstTrough) : OptionalInt.empty());
  }

  private static OptionalInt recovery(double[] equity, int peak, int trough) {
    for (int t = trough + 1; t < equity.length; t++) {
      if (equity[t] >= equity[peak]) return OptionalInt.of(t);
    }
    return OptionalInt.empty();
  }

  private static void requirePositive(double[] equity) {
    for (double e : Checks.series("equity", equity)) {
      if (!(e > 0) || Double.isInfinite(e)) throw new IllegalArgumentException("equity values must be positive and finite: " + e);
    }
  }
}
