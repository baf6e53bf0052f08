package io.phasewise.domain.portfolio.performance;

import java.util.Arrays;

/**
 * Package helper: fills the days before a grid column's first known value from what the ledger itself
 * observed (trade prices, recorded rates), forward; days before any observation become 0 and are
 * reported by the caller when something was held on them.
 *
 * <p>When nothing was observed before the column's first value, the whole filled prefix is 0, and the
 * grid's own array is handed back with {@code readFrom} at that first value instead of a copy with
 * zeros: a reader treats the days before {@code readFrom} as 0 (a report's columns usually start with
 * an opening day that has no close, and copying every column for it costs more than the valuation).
 *
 * @param values the column, the grid's own array when it needed no filling
 * @param knownFrom the first day with a value from the grid or the ledger ({@code values.length} if none)
 * @param readFrom the first day whose value {@code values} holds; every day before it is 0
 */
record GapFill(double[] values, int knownFrom, int readFrom) {

  static GapFill of(double[] column, DayValues observed) {
    int first = 0;
    while (first < column.length && Double.isNaN(column[first])) first++;
    if (first == 0) return new GapFill(column, 0, 0);
    if (observed.size() == 0 || observed.day(0) >= first) return new GapFill(column, first, first);
    double[] filled = column.clone();
    int knownFrom = first;
    int next = 0;
    double last = 0;
    for (int t = 0; t < first; t++) {
      while (next < observed.size() && observed.day(next) <= t) last = observed.value(next++);
      if (next > 0) knownFrom = Math.min(knownFrom, t);
      filled[t] = next > 0 ? last : 0;
    }
    return new GapFill(filled, knownFrom, 0);
  }

  /** The values with every day before {@link #readFrom} set to 0: a copy when there are such days. */
  double[] zeroFilled() {
    if (readFrom == 0) return values;
    double[] filled = values.clone();
    Arrays.fill(filled, 0, readFrom, 0);
    return filled;
  }
}
