package io.phasewise.domain.statistics;

import java.util.OptionalInt;

/**
 * The deepest drawdown of an equity or index series, E_trough / E_peak − 1 (ANALYTICS.md section 3).
 *
 * @param depth the drawdown, 0 or negative (−0.25 is a fall of 25%)
 * @param peak the index of the peak: the last index at which the running maximum was reached before the trough
 * @param trough the index of the trough (the first one, when several are equally deep)
 * @param recovery the first index after the trough whose value is at or above the peak's, if any
 */
public record MaxDrawdown(double depth, int peak, int trough, OptionalInt recovery) {
  public MaxDrawdown {
    if (!(depth <= 0) || peak < 0 || trough < peak) {
      throw new IllegalArgumentException("a drawdown of " + depth + " from index " + peak + " to " + trough);
    }
    if (recovery == null || recovery.isPresent() && recovery.getAsInt() <= trough) {
      throw new IllegalArgumentException("a drawdown recovers after its trough " + trough + ": " + recovery);
    }
  }
}
