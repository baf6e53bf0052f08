package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.portfolio.LedgerEventType;
import io.phasewise.domain.portfolio.SplitRatio;
import java.util.List;

/**
 * Package helper: a ledger replayed onto the day grid once. Quantities and cash become step columns
 * (a value per change day), flows become per-day amounts in the base currency, converted at the day's
 * grid rate so a flow and the value it adds agree. Events before the grid collapse onto day 0 (the
 * opening) and bring no flow into the period.
 */
final class LedgerPositions {
  final DayValues[] quantity;
  final DayValues[] holdingIn;
  final DayValues[] holdingOut;
  final DayValues[] cash;
  final double[] inflow;
  final double[] outflow;

  private final GridColumns grid;
  private final double[] held;
  private final double[] balance;
  private final int[] nextSplit;
  /** The epoch day of each holding's next split, {@link Long#MAX_VALUE} when none is left. */
  private final long[] nextSplitDay;

  private LedgerPositions(GridColumns grid) {
    this.grid = grid;
    int holdings = grid.instruments.size();
    // sized for every event of their holding or currency: a column never grows during the replay
    int[] perHolding = grid.eventCounts(true);
    quantity = columns(perHolding, grid.splits);
    holdingIn = columns(perHolding, null);
    holdingOut = columns(perHolding, null);
    cash = columns(grid.eventCounts(false), null);
    inflow = new double[grid.points];
    outflow = new double[grid.points];
    held = new double[holdings];
    balance = new double[grid.currencies.size()];
    nextSplit = new int[holdings];
    nextSplitDay = new long[holdings];
    for (int h = 0; h < holdings; h++) nextSplitDay[h] = splitDay(h);
  }

  /** The events {@code grid} was built from (in ledger order, none after its last day) replayed onto it. */
  static LedgerPositions replay(GridColumns grid) {
    LedgerPositions positions = new LedgerPositions(grid);
    for (int k = 0; k < grid.eventDay.length; k++) positions.apply(k);
    for (int h = 0; h < positions.held.length; h++) positions.splitUntil(h, grid.lastEpochDay);
    return positions;
  }

  private void apply(int k) {
    int day = grid.eventDay[k];
    int currency = grid.eventCurrency[k];
    int h = grid.eventInstrument[k];
    double rate = grid.rate[currency][day];
    double gross = grid.eventGross[k];
    double charges = grid.eventCharges[k];
    LedgerEventType type = grid.eventType[k];
    balance[currency] += EventEffect.cashSign(type) * gross - charges;
    cash[currency].set(day, balance[currency]);
    if (h < 0) {
      if (day > 0 && type == LedgerEventType.DEPOSIT) inflow[day] += gross * rate;
      if (day > 0 && type == LedgerEventType.WITHDRAWAL) outflow[day] += gross * rate;
      return;
    }
    splitUntil(h, grid.eventEpochDay[k]);
    double units = grid.eventUnits[k];
    held[h] += EventEffect.quantitySign(type) * units;
    quantity[h].set(day, held[h]);
    if (day > 0) holdingFlows(type, h, day, gross * rate, charges * rate, units * grid.close(h, day) * grid.instrumentRate(h)[day]);
  }

  /** A holding's flows: what buys put into it (cost with charges) and what sales and dividends take out (net). */
  private void holdingFlows(LedgerEventType type, int h, int day, double gross, double charges, double value) {
    switch (type) {
      case BUY: case BUY_TO_COVER:
        holdingIn[h].add(day, gross + charges);
        break;
      case SELL: case SELL_SHORT: case DIVIDEND:
        holdingOut[h].add(day, gross - charges);
        break;
      case DIVIDEND_REINVEST:
        holdingIn[h].add(day, gross + charges);
        holdingOut[h].add(day, gross);
        break;
      case TRANSFER_IN: case DELIVERY_IN:
        inflow[day] += value;
        holdingIn[h].add(day, value + charges);
        break;
      case TRANSFER_OUT: case DELIVERY_OUT:
        outflow[day] += value;
        holdingOut[h].add(day, value - charges);
        break;
      default:
        throw new IllegalArgumentException("not an instrument event: " + type);
    }
  }

  /** Applies the splits of holding {@code h} effective on or before {@code epochDay}, each from its own day on. */
  private void splitUntil(int h, long epochDay) {
    while (nextSplitDay[h] <= epochDay) {
      SplitRatio split = grid.splits.get(h).get(nextSplit[h]++);
      held[h] *= split.newShares().doubleValue() / split.oldShares().doubleValue();
      quantity[h].set(grid.day(nextSplitDay[h]), held[h]);
      nextSplitDay[h] = splitDay(h);
    }
  }

  private long splitDay(int h) {
    List<SplitRatio> splits = grid.splits.get(h);
    return nextSplit[h] < splits.size() ? splits.get(nextSplit[h]).effectiveOn().toEpochDay() : Long.MAX_VALUE;
  }

  /** A column per count, room for that many values (and one per split, when given). */
  private static DayValues[] columns(int[] counts, List<List<SplitRatio>> splits) {
    DayValues[] out = new DayValues[counts.length];
    for (int i = 0; i < counts.length; i++) out[i] = new DayValues(counts[i] + (splits == null ? 0 : splits.get(i).size()));
    return out;
  }
}
