package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/** Package helper: one instrument's daily closes by day (raw, in that day's units) and its splits, oldest first. */
record DailyHistory(DailyCloses closes, List<SplitRatio> splits) {
  static final DailyHistory NONE = new DailyHistory(DailyCloses.NONE, List.of());

  /** The history of {@code closes}, its split factors read as rationals. */
  static DailyHistory of(DailyCloses closes) {
    List<SplitRatio> splits = new ArrayList<>();
    for (int i = 0; i < closes.size(); i++) {
      if (closes.isSplit(i)) splits.add(SplitFactors.ratio(closes.day(i), closes.splitFactor(i)));
    }
    return new DailyHistory(closes, List.copyOf(splits));
  }

  /** The history of prices recorded by day, without splits. */
  static DailyHistory recorded(NavigableMap<LocalDate, BigDecimal> prices) {
    DailyCloses.Builder closes = new DailyCloses.Builder();
    for (Map.Entry<LocalDate, BigDecimal> p : prices.entrySet()) closes.add((int) p.getKey().toEpochDay(), p.getValue(), BigDecimal.ONE);
    return new DailyHistory(closes.build(), List.of());
  }

  /** The last close on or before {@code day}. */
  Optional<BigDecimal> closeOn(LocalDate day) {
    int at = closes.floor((int) day.toEpochDay());
    return at < 0 ? Optional.empty() : Optional.of(closes.close(at));
  }

  /** The closes of {@code days} days from {@code first}, each the last on or before its day, NaN before the first close. */
  double[] column(LocalDate first, int days) {
    double[] out = new double[days];
    int firstDay = (int) first.toEpochDay();
    int i = closes.floor(firstDay);
    double last = i < 0 ? Double.NaN : closes.closeAsDouble(i);
    int t = 0;
    for (i++; i < closes.size() && t < days; i++) {
      int at = (int) Math.min(days, (long) closes.epochDay(i) - firstDay);
      Arrays.fill(out, t, at, last);
      t = at;
      last = closes.closeAsDouble(i);
    }
    Arrays.fill(out, t, days, last);
    return out;
  }
}
