package io.phasewise.domain.phase;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Hand-designed daily price paths: legs of constant drift with an alternating ±wiggle, and single shock bars. */
final class Scenario {
  static final AssetId ASSET = AssetId.of(7);
  private static final long START = LocalDate.of(2020, 1, 6).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

  private final List<Double> returns = new ArrayList<>();

  /** {@code bars} bars drifting by {@code drift} per bar, alternately ±{@code wiggle} around it. */
  Scenario leg(int bars, double drift, double wiggle) {
    for (int i = 0; i < bars; i++) returns.add(drift + (i % 2 == 0 ? wiggle : -wiggle));
    return this;
  }

  /** One bar with simple return {@code r}. */
  Scenario bar(double r) {
    returns.add(r);
    return this;
  }

  int size() {
    return returns.size() + 1;
  }

  CandleSeries series() {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1, size());
    double close = 100;
    b.add(START, close, close * 1.005, close * 0.995, close, 1e6);
    for (int i = 0; i < returns.size(); i++) {
      double open = close;
      close = open * (1 + returns.get(i));
      double volume = 1e6 * (1 + 0.1 * (i % 3)) * (returns.get(i) < -0.05 ? 4 : 1);
      b.add(START + (i + 1) * Interval.D1.millis(), open, Math.max(open, close) * 1.005, Math.min(open, close) * 0.995,
          close, volume);
    }
    return b.build();
  }

  PhaseTimeline replay() {
    return PhaseTimeline.replay(ASSET, series(), TradingCalendar.STOCK, TitForTatClassifier.standard());
  }

  /** The phases entered, in order (the first one included). */
  static List<Phase> path(PhaseTimeline timeline) {
    return timeline.transitions().stream().map(PhaseTransition::to).toList();
  }
}
