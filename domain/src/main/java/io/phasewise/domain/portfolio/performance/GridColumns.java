package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventType;
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
  /**
   * Per event of the ledger given: its epoch day, grid day, currency index and instrument index (-1 for
   * cash events), and its type, units, gross and fee plus tax as read in the same pass, so the replay
   * does not walk the events' decimals again.
   */
  long[] eventEpochDay;
  int[] eventDay;
  int[] eventCurrency;
  int[] eventInstrument;
  LedgerEventType[] eventType;
  double[] eventUnits;
  double[] eventGross;
  double[] eventCharges;
  double[][] close;
  int[] closeKnownFrom;
  /** Per holding, the first day its close column holds; the closes before it are 0 (see {@link GapFill#readFrom}). */
  int[] closeFrom;
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

  /**
   * The columns for {@code ledger} over {@code period}: its events up to the period's last day, read in
   * one pass (a ledger not in ledger order by date is refused).
   */
  static GridColumns of(List<LedgerEvent> ledger, CurrencyCode base, PriceGrid grid, ReportPeriod period) {
    GridColumns columns = new GridColumns(period);
    columns.currency(base);
    List<DayValues> tradePrices = new ArrayList<>();
    List<DayValues> recordedRates = new ArrayList<>();
    List<Integer> currencyOf = new ArrayList<>();
    columns.events(ledger.size());
    long previous = Long.MIN_VALUE;
    int k = 0;
    for (LedgerEvent e : ledger) {
      long epochDay = e.date().toEpochDay();
      if (epochDay < previous) throw new IllegalArgumentException("the ledger is not in ledger order at " + e.id());
      previous = epochDay;
      if (epochDay > columns.lastEpochDay) continue;
      int day = columns.day(epochDay);
      int c = columns.currency(e.currency());
      columns.eventEpochDay[k] = epochDay;
      columns.eventDay[k] = day;
      columns.eventCurrency[k] = c;
      columns.eventInstrument[k] = -1;
      columns.eventType[k] = e.type();
      columns.eventUnits[k] = Decimals.toDouble(e.quantity());
      columns.eventGross[k] = Decimals.toDouble(e.gross());
      columns.eventCharges[k] = Decimals.toDouble(e.fee()) + Decimals.toDouble(e.tax());
      while (recordedRates.size() < columns.currencyList.size()) recordedRates.add(new DayValues());
      if (e.recordedFxRate() != null) recordedRates.get(c).set(day, 1 / Decimals.toDouble(e.recordedFxRate()));
      if (e.instrument() != null) {
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
      k++;
    }
    if (k < ledger.size()) columns.events(k);
    while (recordedRates.size() < columns.currencyList.size()) recordedRates.add(new DayValues());
    columns.fetch(base, grid, period, tradePrices, recordedRates, currencyOf);
    return columns;
  }

  /** Room for {@code count} events, keeping those already read. */
  private void events(int count) {
    eventEpochDay = eventEpochDay == null ? new long[count] : Arrays.copyOf(eventEpochDay, count);
    eventDay = eventDay == null ? new int[count] : Arrays.copyOf(eventDay, count);
    eventCurrency = eventCurrency == null ? new int[count] : Arrays.copyOf(eventCurrency, count);
    eventInstrument = eventInstrument == null ? new int[count] : Arrays.copyOf(eventInstrument, count);
    eventType = eventType == null ? new LedgerEventType[count] : Arrays.copyOf(eventType, count);
    eventUnits = eventUnits == null ? new double[count] : Arrays.copyOf(eventUnits, count);
    eventGross = eventGross == null ? new double[count] : Arrays.copyOf(eventGross, count);
    eventCharges = eventCharges == null ? new double[count] : Arrays.copyOf(eventCharges, count);
  }

  private void fetch(
      CurrencyCode base, PriceGrid grid, ReportPeriod period, List<DayValues> tradePrices, List<DayValues> recordedRates, List<Integer> currencyOf) {
    int holdings = instrumentList.size();
    close = new double[holdings][];
    closeKnownFrom = new int[holdings];
    closeFrom = new int[holdings];
    instrumentCurrency = currencyOf.stream().mapToInt(Integer::intValue).toArray();
    for (int h = 0; h < holdings; h++) {
      GapFill filled = GapFill.of(sized(grid.closes(instrumentList.get(h), period.opening(), points)), tradePrices.get(h));
      close[h] = filled.values();
      closeKnownFrom[h] = filled.knownFrom();
      closeFrom[h] = filled.readFrom();
    }
    rate = new double[currencyList.size()][];
    rateKnownFrom = new int[currencyList.size()];
    rate[0] = ones;
    for (int c = 1; c < currencyList.size(); c++) {
      GapFill filled = GapFill.of(sized(grid.toBase(currencyList.get(c), base, period.opening(), points)), recordedRates.get(c));
      rate[c] = filled.zeroFilled();
      rateKnownFrom[c] = filled.knownFrom();
    }
  }

  /** The grid day of an epoch day; days before the opening collapse onto it. */
  int day(long epochDay) {
    return (int) Math.max(0, epochDay - firstEpochDay);
  }

  /** Holding {@code h}'s close on {@code day}. */
  double close(int h, int day) {
    return day < closeFrom[h] ? 0 : close[h][day];
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
