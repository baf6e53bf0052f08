package io.phasewise.domain.portfolio.performance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The return figures of a value series that weigh its external flows by money: XIRR on its flows,
 * Modified Dietz and simple ROI. V_start is the opening value, V_end the closing value, F_t = In_t −
 * Out_t the net external flow of day t.
 */
public final class MoneyWeightedReturns {
  static final String TWR_FORMULA = "TWR = Π(1 + r_t) − 1, r_t = (MV_t + Out_t) / (MV_{t−1} + In_t) − 1";
  static final String XIRR_FORMULA = "XIRR: r with Σ F_i / (1 + r)^(days_i / 365) = 0; deposits and the opening value negative, "
      + "withdrawals and the closing value positive";
  static final String DIETZ_FORMULA = "Modified Dietz = (V_end − V_start − ΣF) / (V_start + Σ w_t F_t), w_t = (to − t) / (to − from)";
  static final String ROI_FORMULA = "simple ROI = (V_end + ΣOut − V_start − ΣIn) / (V_start + ΣIn)";

  private MoneyWeightedReturns() {}

  /**
   * The XIRR flows of a series: the opening value as an outflow of the investor on {@code from} and the
   * closing value as an inflow on {@code to} (each only when not 0), each day's In as negative and Out as positive.
   */
  public static List<DatedFlow> flows(ValueSeries series) {
    ReportPeriod period = series.period();
    double[] in = series.inflow();
    double[] out = series.outflow();
    List<DatedFlow> flows = new ArrayList<>();
    if (series.openingValue() != 0) flows.add(new DatedFlow(period.from(), -series.openingValue()));
    for (int t = 1; t < in.length; t++) {
      if (in[t] != 0 || out[t] != 0) flows.add(new DatedFlow(period.opening().plusDays(t), out[t] - in[t]));
    }
    if (series.closingValue() != 0) flows.add(new DatedFlow(period.to(), series.closingValue()));
    return flows;
  }

  /** XIRR of {@link #flows}, labelled. */
  public static ReturnFigure xirr(XirrResult result) {
    return new ReturnFigure("XIRR", result.rate(), XIRR_FORMULA, result.note());
  }

  /**
   * Modified Dietz: each day's net flow weighted by the share of the period left after its day, the
   * period being {@code to − from} days (a flow on {@code from} weighs 1; a one-day period weighs every flow 1).
   */
  public static ReturnFigure modifiedDietz(ValueSeries series) {
    ReportPeriod period = series.period();
    double[] in = series.inflow();
    double[] out = series.outflow();
    long span = ChronoUnit.DAYS.between(period.from(), period.to());
    double net = 0;
    double weighted = 0;
    for (int t = 1; t < in.length; t++) {
      double flow = in[t] - out[t];
      if (flow == 0) continue;
      LocalDate day = period.opening().plusDays(t);
      net += flow;
      weighted += span == 0 ? flow : flow * ChronoUnit.DAYS.between(day, period.to()) / span;
    }
    double capital = series.openingValue() + weighted;
    double value = capital == 0 ? Double.NaN : (series.closingValue() - series.openingValue() - net) / capital;
    return ReturnFigure.of("Modified Dietz", value, DIETZ_FORMULA, "no capital was at work: V_start + Σ w_t F_t is 0");
  }

  /** Simple ROI: the gain over everything put in (opening value plus inflows). */
  public static ReturnFigure simpleRoi(ValueSeries series) {
    double in = 0;
    double out = 0;
    for (double v : series.inflow()) in += v;
    for (double v : series.outflow()) out += v;
    double invested = series.openingValue() + in;
    double value = invested == 0 ? Double.NaN : (series.closingValue() + out - invested) / invested;
    return ReturnFigure.of("simple ROI", value, ROI_FORMULA, "nothing was invested: V_start + ΣIn is 0");
  }
}
