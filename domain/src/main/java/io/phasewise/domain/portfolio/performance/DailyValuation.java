package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Values a ledger on every calendar day of a period ({@link ValueSeries}), with the TWR index and each
 * holding's return and contribution. Quantities come from the events themselves (buys, reinvested
 * dividends, covers, transfers and deliveries in add; sells, short sales, transfers and deliveries out
 * subtract), split from each split's effective day on; an event on that day is already in post-split
 * units, so a holding whose price moved only by the split has a return of 0. Quantities and cash are
 * step columns that change on event days only, valued against whole price and rate columns of a
 * {@link PriceGrid} in one tight loop per holding. Flows in another currency are converted at the
 * day's grid rate, the rate the value they add is converted at.
 *
 * <p>Before an instrument's (or currency's) first grid value, the ledger's trade prices (recorded
 * rates) stand in; a holding held where neither is known counts 0 with a warning naming it and the day.
 */
public final class DailyValuation {

  private DailyValuation() {}

  /** The daily values of {@code ledger} (in ledger order) over {@code period}, in {@code base}. */
  public static ValueSeries of(List<LedgerEvent> ledger, CurrencyCode base, PriceGrid grid, ReportPeriod period) {
    GridColumns columns = GridColumns.of(ledger, base, grid, period);
    LedgerPositions positions = LedgerPositions.replay(columns);
    double[] value = new double[columns.points];
    List<PerformanceWarning> warnings = new ArrayList<>();
    for (int h = 0; h < columns.instrumentList.size(); h++) {
      StepValuation.addSteps(value, positions.quantity[h], columns.close[h], columns.closeFrom[h], columns.instrumentRate(h));
      warnUnknown(warnings, period, positions.quantity[h], columns.closeKnownFrom[h], "no price of " + name(columns.instrumentList.get(h)));
    }
    for (int c = 0; c < columns.currencyList.size(); c++) {
      StepValuation.addSteps(value, positions.cash[c], columns.ones, 0, columns.rate[c]);
      String pair = "no " + columns.currencyList.get(c) + "/" + base + " rate";
      warnUnknown(warnings, period, positions.cash[c], columns.rateKnownFrom[c], pair);
      for (int h = 0; h < columns.instrumentList.size(); h++) {
        if (columns.instrumentCurrency(h) == c) warnUnknown(warnings, period, positions.quantity[h], columns.rateKnownFrom[c], pair);
      }
    }
    TwrIndex twr = TimeWeightedReturn.index(period.opening(), value, positions.inflow, positions.outflow);
    warnings.addAll(twr.warnings());
    List<HoldingReturn> holdings = HoldingAttribution.of(columns, positions, value, twr);
    return new ValueSeries(period, value, positions.inflow, positions.outflow, twr, holdings, warnings);
  }

  private static void warnUnknown(List<PerformanceWarning> warnings, ReportPeriod period, DayValues held, int knownFrom, String what) {
    int day = held.firstNonZeroBefore(knownFrom);
    if (day >= 0) {
      LocalDate first = period.opening().plusDays(day);
      warnings.add(new PerformanceWarning(first, what + " from " + first + " until " + period.opening().plusDays(knownFrom) + "; valued at 0"));
    }
  }

  private static String name(Instrument instrument) {
    return instrument instanceof Instrument.External ? ((Instrument.External) instrument).symbol() : ((Instrument.Tracked) instrument).asset().toString();
  }
}
