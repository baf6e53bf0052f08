package io.phasewise.domain.portfolio.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Daily time-weighted return (PORTFOLIO.md section 5): r_t = (MV_t + Out_t) / (MV_{t−1} + In_t) − 1,
 * inflows counted at the start of the day and outflows at its end; TWR = Π(1 + r_t) − 1. When
 * MV_{t−1} + In_t is 0, r_t = 0, with a warning if the day nevertheless ends with a value or an outflow.
 */
public final class TimeWeightedReturn {

  private TimeWeightedReturn() {}

  /** r_t for one day; 0 when {@code previousValue + inflow} is 0. */
  public static double daily(double previousValue, double inflow, double value, double outflow) {
    double base = previousValue + inflow;
    return base == 0 ? 0 : (value + outflow) / base - 1;
  }

  /**
   * The TWR index of a value series: point 0 is the opening (the close of {@code opening}) at 1, point
   * t the close of day {@code opening + t}; {@code inflow[0]} and {@code outflow[0]} are not read.
   */
  public static TwrIndex index(LocalDate opening, double[] value, double[] inflow, double[] outflow) {
    if (value.length == 0 || inflow.length != value.length || outflow.length != value.length) {
      throw new IllegalArgumentException("a value series needs one value, inflow and outflow per point: "
          + value.length + ", " + inflow.length + ", " + outflow.length);
    }
    double[] returns = new double[value.length - 1];
    double[] index = new double[value.length];
    List<PerformanceWarning> warnings = new ArrayList<>();
    index[0] = 1;
    for (int t = 1; t < value.length; t++) {
      returns[t - 1] = daily(value[t - 1], inflow[t], value[t], outflow[t]);
      if (value[t - 1] + inflow[t] == 0 && value[t] + outflow[t] != 0) {
        warnings.add(new PerformanceWarning(opening.plusDays(t),
            "the day started with no value and no inflow but ended with " + (value[t] + outflow[t]) + "; its return is taken as 0"));
      }
      index[t] = index[t - 1] * (1 + returns[t - 1]);
    }
    return new TwrIndex(opening, returns, index, warnings);
  }
}
