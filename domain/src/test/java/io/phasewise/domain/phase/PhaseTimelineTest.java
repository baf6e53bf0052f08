package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhaseTimelineTest {

  private static final TitForTatClassifier CLASSIFIER = TitForTatClassifier.standard();

  @Test
  void truncatedReplayEqualsFullReplayCutOnASyntheticSeries() {
    assertPrefixInvariant(PhaseFixtures.regimeWalk(42, 2_500), TradingCalendar.STOCK, 25, 4242);
  }

  @Test
  void truncatedReplayEqualsFullReplayCutOnRealData() {
    assertPrefixInvariant(PhaseFixtures.yahoo(PhaseFixtures.BTC), TradingCalendar.CRYPTO, 12, 2018);
  }

  @Test
  void appendingOrScramblingLaterBarsNeverChangesEarlierPhases() {
    CandleSeries series = PhaseFixtures.regimeWalk(7, 1_500);
    Random random = new Random(77);
    for (int run = 0; run < 8; run++) {
      int keep = 100 + random.nextInt(series.size() - 200);
      CandleSeries scrambled = scrambleAfter(series, keep, random.nextLong());
      PhaseTimeline original = replay(series.slice(0, keep), TradingCalendar.STOCK);
      PhaseTimeline other = replay(scrambled, TradingCalendar.STOCK);
      assertThat(other.states().subList(0, keep)).isEqualTo(original.states());
      assertThat(transitionsBefore(other, keep)).isEqualTo(original.transitions());
    }
  }

  @Test
  void statisticsCountChangesPerYearAndMedianStays() {
    // 60 daily bars from 2019-12-20: COOP 0-9, DEFECT 10-29, FORGIVE 30-34, COOP 35-44, DEFECT 45-59.
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1, 60);
    long start = LocalDate.of(2019, 12, 20).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    for (int i = 0; i < 60; i++) b.add(start + i * Interval.D1.millis(), 100, 103, 99, 100 + i % 3, 1_000);
    SnapshotFrame frame = SnapshotEngine.standard().compute(Scenario.ASSET, b.build(), TradingCalendar.CRYPTO);
    PhaseClassifier scripted = inputs -> {
      int i = inputs.history().bars() - 1;
      Phase phase = i < 10 ? Phase.COOP : i < 30 ? Phase.DEFECT : i < 35 ? Phase.FORGIVE : i < 45 ? Phase.COOP : Phase.DEFECT;
      PhaseState prev = inputs.previous();
      boolean stays = prev != null && prev.phase() == phase;
      return new PhaseState(Scenario.ASSET, phase, 0.5, new Rationale(List.of(), phase.code()), Map.of(),
          inputs.history().asOf(), stays ? prev.since() : inputs.history().asOf(), stays ? prev.barsInPhase() + 1 : 1);
    };
    PhaseTimeline t = PhaseTimeline.replay(frame, scripted, time -> SentimentInput.NONE);
    assertThat(t.transitions()).extracting(PhaseTransition::to)
        .containsExactly(Phase.COOP, Phase.DEFECT, Phase.FORGIVE, Phase.COOP, Phase.DEFECT);
    assertThat(t.transitions().get(0).from()).isNull();
    assertThat(t.states().get(20).barsInPhase()).isEqualTo(11);
    PhaseStatistics stats = PhaseStatistics.of(t);
    // Bars 10 and 30 fall on 2019-12-30 and 2020-01-19: one change in 2019, three in 2020.
    assertThat(stats.transitionsPerYear()).containsExactly(Map.entry(2019, 1), Map.entry(2020, 3));
    assertThat(stats.transitionsPerYearAverage()).isCloseTo(4 / (59 / 365.25), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(stats.spellBars(Phase.COOP)).containsExactly(10, 10);
    assertThat(stats.spellBars(Phase.DEFECT)).containsExactly(20); // the last DEFECT stay is not completed
    assertThat(stats.medianBarsIn(Phase.FORGIVE)).isEqualTo(5);
    assertThat(stats.medianDaysIn(Phase.DEFECT)).isEqualTo(20);
    assertThat(stats.medianBarsInAnyPhase()).isEqualTo(10);
    assertThat(PhaseStatistics.median(new double[] {3, 1, 2, 10})).isEqualTo(2.5);
    assertThat(PhaseStatistics.median(new double[0])).isNaN();
  }

  private static void assertPrefixInvariant(CandleSeries series, TradingCalendar calendar, int cuts, long seed) {
    PhaseTimeline full = replay(series, calendar);
    Random random = new Random(seed);
    for (int k = 0; k < cuts; k++) {
      int t = 1 + random.nextInt(series.size() - 1);
      PhaseTimeline truncated = replay(series.slice(0, t), calendar);
      assertThat(truncated.states()).isEqualTo(full.states().subList(0, t));
      assertThat(truncated.transitions()).isEqualTo(transitionsBefore(full, t));
    }
  }

  private static List<PhaseTransition> transitionsBefore(PhaseTimeline timeline, int bars) {
    int n = 0;
    while (n < timeline.transitions().size() && timeline.transitionBar(n) < bars) n++;
    return timeline.transitions().subList(0, n);
  }

  private static PhaseTimeline replay(CandleSeries series, TradingCalendar calendar) {
    return PhaseTimeline.replay(Scenario.ASSET, series, calendar, CLASSIFIER);
  }

  /** The first {@code keep} bars of {@code series}, then random bars (crashes included) of the same spacing. */
  private static CandleSeries scrambleAfter(CandleSeries series, int keep, long seed) {
    Random random = new Random(seed);
    CandleSeries.Builder b = CandleSeries.builder(series.interval(), series.size());
    for (int i = 0; i < keep; i++) {
      b.add(series.openTimes()[i], series.open(i), series.high(i), series.low(i), series.close(i), series.volume(i));
    }
    double close = series.close(keep - 1);
    for (int i = keep; i < series.size(); i++) {
      double open = close;
      close = open * Math.exp(random.nextDouble() < 0.05 ? -0.3 : 0.04 * random.nextGaussian());
      b.add(series.openTimes()[i], open, Math.max(open, close) * 1.01, Math.min(open, close) * 0.99, close,
          1e6 * (1 + random.nextDouble()));
    }
    return b.build();
  }
}
