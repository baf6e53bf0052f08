package io.phasewise.domain.research;

import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.statistics.Cagr;
import io.phasewise.domain.statistics.Drawdown;
import java.time.Duration;

/**
 * "Hold in COOP and FORGIVE, cash in DEFECT", without costs or interest on cash, acting one bar late as
 * ANALYTICS.md section 1 fills orders: the phase decided at bar t's close sets the position from bar t + 1's
 * open. So bar t's gap (close t − 1 to open t) is earned by the position held since open t − 1, and its
 * session (open t to close t) by the one decided at close t − 1. The rule starts invested at the first close,
 * like buy-and-hold.
 */
public final class TradingRule {

  private TradingRule() {}

  /** The rule on {@code series} with {@code phases[t]} decided at bar t. */
  public static RuleOutcome of(CandleSeries series, Phase[] phases) {
    int n = series.size();
    if (phases.length != n) throw new IllegalArgumentException(phases.length + " phases for " + n + " bars");
    boolean[] decidedIn = new boolean[n];
    for (int t = 0; t < n; t++) decidedIn[t] = phases[t] != Phase.DEFECT;
    double[] equity = new double[n];
    equity[0] = 1;
    int invested = 1;
    for (int t = 1; t < n; t++) {
      boolean heldOverGap = t < 2 || decidedIn[t - 2];
      boolean heldInSession = decidedIn[t - 1];
      double gap = series.open(t) / series.close(t - 1);
      double session = series.close(t) / series.open(t);
      equity[t] = equity[t - 1] * (heldOverGap ? gap : 1) * (heldInSession ? session : 1);
      if (heldInSession) invested++;
    }
    return outcome(series, equity, invested);
  }

  /** Buying at the first close and holding to the last. */
  public static RuleOutcome buyAndHold(CandleSeries series) {
    double[] equity = new double[series.size()];
    for (int t = 0; t < equity.length; t++) equity[t] = series.close(t) / series.close(0);
    return outcome(series, equity, equity.length);
  }

  private static RuleOutcome outcome(CandleSeries series, double[] equity, int invested) {
    int n = equity.length;
    if (n < 2) throw new IllegalArgumentException("a trading rule needs at least two bars, not " + n);
    long days = Duration.between(series.time(0), series.time(n - 1)).toDays();
    double cagr = days > 0 ? Cagr.overCalendarDays(equity[0], equity[n - 1], days) : Double.NaN;
    return new RuleOutcome(equity[n - 1] / equity[0] - 1, cagr, Drawdown.maximum(equity).depth(), (double) invested / n);
  }
}
