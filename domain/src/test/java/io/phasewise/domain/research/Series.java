package io.phasewise.domain.research;

import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.IntToDoubleFunction;

/** Test series: daily bars from 2000-01-01, every calendar day, opening at the previous close. */
final class Series {
  private Series() {}

  /** Closes from 100 moved by {@code returns.applyAsDouble(t)} at each bar t ≥ 1. */
  static CandleSeries ofReturns(int bars, IntToDoubleFunction returns) {
    CandleSeries.Builder builder = CandleSeries.builder(Interval.D1, bars);
    long start = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    double close = 100;
    for (int t = 0; t < bars; t++) {
      double open = close;
      if (t > 0) close = open * (1 + returns.applyAsDouble(t));
      builder.add(start + t * Interval.D1.millis(), open, Math.max(open, close), Math.min(open, close), close, 1_000_000);
    }
    return builder.build();
  }
}
