package io.phasewise.domain.portfolio.performance;

/**
 * Package helper: fills the days before a grid column's first known value from what the ledger itself
 * observed (trade prices, recorded rates), forward; days before any observation become 0 and are
 * reported by the caller when something was held on them.
 *
 * @param values the column, the grid's own array when it needed no filling
 * @param knownFrom the first day with a value from the grid or the ledger ({@code values.length} if none)
 */
record GapFill(double[] values, int knownFrom) {

  static GapFill of(double[] column, DayValues observed) {
    int first = 0;
    while (first < column.length && Double.isNaN(column[first])) first++;
    if (first == 0) return new GapFill(column, 0);
    double[] filled = column.clone();
    int knownFrom = first;
    int next = 0;
    double last = 0;
    for (int t = 0; t < first; t++) {
      while (next < observed.size() && observed.day(next) <= t) last = observed.value(next++);
      if (next > 0) knownFrom = Math.min(knownFrom, t);
      filled[t] = next > 0 ? last : 0;
    }
    return new GapFill(filled, knownFrom);
  }
}
