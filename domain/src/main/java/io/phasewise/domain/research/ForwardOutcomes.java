package io.phasewise.domain.research;

import io.phasewise.domain.statistics.Drawdown;
import io.phasewise.domain.statistics.Volatility;
import java.util.Arrays;

/**
 * The {@link Outcome}s that followed each bar t of a close series over the next H bars, for every bar that
 * has H bars after it (bars 0 .. n − H − 1). Neighbouring windows overlap by H − 1 bars, which is why their
 * differences are bootstrapped in blocks.
 */
public final class ForwardOutcomes {
  private final double[][] values;

  private ForwardOutcomes(double[][] values) {
    this.values = values;
  }

  /** The outcomes of {@code closes} (positive) over {@code horizon} bars, volatility annualised with {@code periodsPerYear}. */
  public static ForwardOutcomes of(double[] closes, int horizon, double periodsPerYear) {
    if (horizon < 1) throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
    int m = Math.max(0, closes.length - horizon);
    double[][] values = new double[Outcome.values().length][m];
    double[] oneBar = new double[horizon];
    for (int t = 0; t < m; t++) {
      double[] window = Arrays.copyOfRange(closes, t, t + horizon + 1);
      for (int k = 0; k < horizon; k++) oneBar[k] = window[k + 1] / window[k] - 1;
      values[Outcome.RETURN.ordinal()][t] = window[horizon] / window[0] - 1;
      values[Outcome.DRAWDOWN.ordinal()][t] = Drawdown.maximum(window).depth();
      values[Outcome.VOLATILITY.ordinal()][t] = horizon < 2 ? 0 : Volatility.annualised(oneBar, periodsPerYear);
    }
    return new ForwardOutcomes(values);
  }

  /** Number of bars with a full forward window. */
  public int size() {
    return values[0].length;
  }

  /** The outcome after bar {@code t}. */
  public double value(Outcome outcome, int t) {
    return values[outcome.ordinal()][t];
  }

  /** Every outcome by {@link Outcome#ordinal()}, then bar; shared, not copied. */
  double[][] columns() {
    return values;
  }
}
