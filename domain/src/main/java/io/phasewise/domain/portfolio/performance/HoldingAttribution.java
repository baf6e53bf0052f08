package io.phasewise.domain.portfolio.performance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Package helper: each holding's own TWR and its contribution to the portfolio's TWR (see
 * {@link HoldingReturn}), one pass over its value column. Between two of its flow days a holding's daily
 * ratios telescope (Π V_t / V_{t−1} = V_b / V_a), so its TWR needs divisions on flow days only.
 */
final class HoldingAttribution {

  private HoldingAttribution() {}

  static List<HoldingReturn> of(GridColumns columns, LedgerPositions positions, double[] value, TwrIndex twr) {
    int points = columns.points;
    double[] scale = new double[points];
    for (int t = 1; t < points; t++) {
      double base = value[t - 1] + positions.inflow[t];
      scale[t] = base == 0 ? 0 : twr.level(t - 1) / base;
    }
    double[] holding = new double[points];
    List<HoldingReturn> results = new ArrayList<>(columns.instrumentList.size());
    for (int h = 0; h < columns.instrumentList.size(); h++) {
      Arrays.fill(holding, 0);
      StepValuation.addSteps(holding, positions.quantity[h], columns.close[h], columns.closeFrom[h], columns.instrumentRate(h));
      double contribution = 0;
      for (int t = 1; t < points; t++) contribution += (holding[t] - holding[t - 1]) * scale[t];
      DayValues in = positions.holdingIn[h];
      DayValues outs = positions.holdingOut[h];
      for (int i = 0; i < in.size(); i++) contribution -= in.value(i) * scale[in.day(i)];
      for (int i = 0; i < outs.size(); i++) contribution += outs.value(i) * scale[outs.day(i)];
      results.add(new HoldingReturn(columns.instrumentList.get(h), holding[0], holding[points - 1], ownReturn(holding, in, outs), contribution));
    }
    return results;
  }

  /** Π over the holding's days of (V_t + Out_t) / (V_{t−1} + In_t), a day with nothing at its start counting 1. */
  private static double ownReturn(double[] holding, DayValues in, DayValues out) {
    double growth = 1;
    double runStart = holding[0];
    int i = 0;
    int o = 0;
    while (i < in.size() || o < out.size()) {
      int day = Math.min(i < in.size() ? in.day(i) : Integer.MAX_VALUE, o < out.size() ? out.day(o) : Integer.MAX_VALUE);
      double inflow = i < in.size() && in.day(i) == day ? in.value(i++) : 0;
      double outflow = o < out.size() && out.day(o) == day ? out.value(o++) : 0;
      growth *= ratio(holding[day - 1], runStart) * ratio(holding[day] + outflow, holding[day - 1] + inflow);
      runStart = holding[day];
    }
    return growth * ratio(holding[holding.length - 1], runStart) - 1;
  }

  private static double ratio(double end, double start) {
    return start == 0 ? 1 : end / start;
  }
}
