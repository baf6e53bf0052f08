package io.phasewise.domain.portfolio.performance;

import java.util.List;
import java.util.Objects;

/**
 * A portfolio's daily values over a period in the base currency (PORTFOLIO.md section 5): point 0 is
 * the opening (the close of the day before {@code period.from()}), point t the close of
 * {@code opening + t}. MV_t = cash in every currency × rate + Σ quantity × close × rate; inflow In_t
 * (deposits, deliveries and transfers in, at the day's value) and outflow Out_t (withdrawals,
 * deliveries and transfers out); point 0 has no flows. Arrays are handed out as copies.
 *
 * @param twr the time-weighted return index of these values
 * @param holdings each instrument the ledger touched, with its own TWR and contribution
 * @param warnings missing prices or rates, and days whose return had to be taken as 0
 */
public record ValueSeries(
    ReportPeriod period,
    double[] marketValue,
    double[] inflow,
    double[] outflow,
    TwrIndex twr,
    List<HoldingReturn> holdings,
    List<PerformanceWarning> warnings) {

  public ValueSeries {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(twr, "twr");
    int points = period.days() + 1;
    if (marketValue.length != points || inflow.length != points || outflow.length != points) {
      throw new IllegalArgumentException("a value series over " + period + " has " + points + " points");
    }
    marketValue = marketValue.clone();
    inflow = inflow.clone();
    outflow = outflow.clone();
    holdings = List.copyOf(holdings);
    warnings = List.copyOf(warnings);
  }

  @Override
  public double[] marketValue() {
    return marketValue.clone();
  }

  @Override
  public double[] inflow() {
    return inflow.clone();
  }

  @Override
  public double[] outflow() {
    return outflow.clone();
  }

  /** MV at the opening. */
  public double openingValue() {
    return marketValue[0];
  }

  /** MV at the close of the last day. */
  public double closingValue() {
    return marketValue[marketValue.length - 1];
  }
}
