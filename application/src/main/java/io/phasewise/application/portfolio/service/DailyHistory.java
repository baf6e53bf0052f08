package io.phasewise.application.portfolio.service;

import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/** Package helper: one instrument's daily closes by day (raw, in that day's units) and its splits, oldest first. */
record DailyHistory(NavigableMap<LocalDate, BigDecimal> closes, List<SplitRatio> splits) {
  static final DailyHistory NONE = new DailyHistory(Collections.emptyNavigableMap(), List.of());

  /** The last close on or before {@code day}. */
  Optional<BigDecimal> closeOn(LocalDate day) {
    return Optional.ofNullable(closes.floorEntry(day)).map(Map.Entry::getValue);
  }

  /** The closes of {@code days} days from {@code first}, each the last on or before its day, NaN before the first close. */
  double[] column(LocalDate first, int days) {
    double[] out = new double[days];
    Map.Entry<LocalDate, BigDecimal> before = closes.floorEntry(first);
    double last = before == null ? Double.NaN : before.getValue().doubleValue();
    long firstDay = first.toEpochDay();
    Iterator<Map.Entry<LocalDate, BigDecimal>> later = closes.tailMap(first, false).entrySet().iterator();
    int t = 0;
    while (later.hasNext() && t < days) {
      Map.Entry<LocalDate, BigDecimal> next = later.next();
      int at = (int) Math.min(days, next.getKey().toEpochDay() - firstDay);
      Arrays.fill(out, t, at, last);
      t = at;
      last = next.getValue().doubleValue();
    }
    Arrays.fill(out, t, days, last);
    return out;
  }
}
