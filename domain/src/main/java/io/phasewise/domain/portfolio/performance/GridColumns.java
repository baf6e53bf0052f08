package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.SplitRatio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Package helper: the columns a valuation reads, one per instrument (closes) and per currency (rate to
 * the base), over the points opening..to, indexed once; the days before a column's first grid value are
 * filled from the ledger's own trade prices and recorded rates ({@link GapFill}).
 */
final class GridColumns {
  final Map<Instrument, Integer> instruments = new HashMap<>();
  final Map<CurrencyCode, Integer> currencies = new HashMap<>();
  final List<Instrument> instrumentList = new ArrayList<>();
  final List<CurrencyCode> currencyList = new ArrayList<>();
  final List<List<SplitRatio>> splits = new ArrayList<>();
  final int points;
  final long firstEpochDay;
  final long lastEpochDay;
  final double[] ones;
  /** Per event of the ledger given: its epoch day, grid day, currency index and instrument index (-1 for cash events). */
  long[] eventEpochDay;
  int[] eventDay;
  int[] eventCurrency;
  int[] eventInstrument;
  double[][] close;
  int[] closeKnownFrom;
  double[][] rate;
  int[] rateKnownFrom;
  private int[] instrumentCurrency;

  private GridColumns(ReportPeriod period) {
    points = period.days() + 1;
    firstEpochDay = period.opening().toEpochDay();
    lastEpochDay = period.to().toEpochDay();
    ones = new double[points];
    Arrays.fill(ones, 1);
  }

  /** The columns for {@code events} (in ledger order, none after the period) over {@code period}. */
  static GridColumns of(List<LedgerEvent> events, CurrencyCode base, PriceGrid grid, ReportPeriod period) {
    GridColumns columns = new GridColumns(period);
    columns.currency(base);
    List<DayValues> tradePrices = new ArrayList<>();
    List<DayValues> recordedRates = new ArrayList<>();
    List<Integer> currencyOf = new ArrayList<>();
    columns.eventEpochDay = new long[events.size()];
    columns.eventDay = new int[events.size()];
    columns.eventCurrency = new int[events.size()];
    columns.eventInstrument = new int[events.size()];
    for (int k = 0; k < events.size(); k++) {
      LedgerEvent e = events.get(k);
      columns.eventEpochDay[k] = e.date().toEpochDay();
      int day = columns.day(columns.eventEpochDay[k]);
      int c = columns.currency(e.currency());
      columns.eventDay[k] = day;
      columns.eventCurrency[k] = c;
      columns.eventInstrument[k] = -1;
      while (recordedRates.size() < columns.currencyList.size()) recordedRates.add(new DayValues());
      if (e.recordedFxRate() != null) recordedRates.get(c).set(day, 1 / Decimals.toDouble(e.recordedFxRate()));
      if (e.instrument() == null) continue;
      Integer h = columns.instruments.get(e.instrument());
      if (h == null) {
        h = columns.instrumentList.size();
        columns.instruments.put(e.instrument(), h);
        columns.instrumentList.add(e.instrument());
        columns.splits.add(grid.splits(e.instrument()));
        currencyOf.add(columns.currency(e.instrument().currency()));
        tradePrices.add(new DayValues());
      }
      columns.eventInstrument[k] = h;
      if (e.unitPrice().signum() > 0 && e.currency().equals(e.instrument().currency())) {
        tradePrices.get(h).set(day, Decimals.toDouble(e.unitPrice()));
      }
    }
    while (recordedRates.size() < columns.currencyList.size()) recordedRates.add(new DayValues());
    columns.fetch(base, grid, period, tradePrices, recordedRates, currencyOf);
    return columns;
  }

  private void fetch(
      CurrencyCode base, PriceGrid grid, ReportPeriod period, List<DayValues> tradePrices, List<DayValues> recordedRates, List<Integer> currencyOf) {
    int holdings = instrumentList.size();
    close = new double[holdings][];
    closeKnownFrom = new int[holdings];
    instrumentCurrency = currencyOf.stream().mapToInt(Integer::intValue).toArray();
    for (int h = 0; h < holdings; h++) {
      GapFill filled = GapFill.of(sized(grid.closes(instrumentList.get(h), period.opening(), points)), tradePrices.get(h));
      close[h] = filled.values();
      closeKnownFrom[h] = filled.knownFrom();
    }
    rate = new double[currencyList.size()][];
    rateKnownFrom = new int[currencyList.size()];
    rate[0] = ones;
    for (int c = 1; c < currencyList.size(); c++) {
      GapFill filled = GapFill.of(sized(grid.toBase(currencyList.get(c), base, period.opening(), points)), recordedRates.get(c));
      rate[c] = filled.values();
      rateKnownFrom[c] = filled.knownFrom();
    }
  }

  /** The grid day of an epoch day; days before the opening collapse onto it. */
  int day(long epochDay) {
    return (int) Math.max(0, epochDay - firstEpochDay);
  }

  /** The rate column of holding {@code h}'s quote currency. */
  double[] instrumentRate(int h) {
    return rate[instrumentCurrency[h]];
  }

  /** How many of the events given concern holding {@code h} (with {@code instrument}) or move cash of currency {@code c} (else). */
  int[] eventCounts(boolean instrument) {
    int[] counts = new int[instrument ? instrumentList.size() : currencyList.size()];
    for (int k = 0; k < eventDay.length; k++) {
      int index = instrument ? eventInstrument[k] : eventCurrency[k];
      if (index >= 0) counts[index]++;
    }
    return counts;
  }

  /** The index of holding {@code h}'s quote currency. */
  int instrumentCurrency(int h) {
    return instrumentCurrency[h];
  }

  private int currency(CurrencyCode code) {
    Integer known = currencies.get(code);
    if (known != null) return known;
    currencies.put(code, currencyList.size());
    currencyList.add(code);
    return currencyList.size() - 1;
  }

  private double[] sized(double[] column) {
    if (column == null || column.length != points) {
      throw new IllegalArgumentException("a price grid column must have " + points + " days, not " + (column == null ? "none" : column.length));
    }
    return column;
  }
}
