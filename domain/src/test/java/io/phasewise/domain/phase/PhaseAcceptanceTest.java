package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.TradingCalendar;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, acceptance 1: the default rules on the real daily files (Close column as is), on which
 * they were tuned. Prints each file's transitions per year and median stays.
 */
class PhaseAcceptanceTest {

  /** Bounds on flapping, from what the default rules achieve (see the printed report). */
  private static final double MAX_TRANSITIONS_PER_YEAR = 8.0;
  private static final double MIN_MEDIAN_BARS_IN_PHASE = 10;

  private static PhaseTimeline aapl;
  private static PhaseTimeline spy;
  private static PhaseTimeline btc;

  @BeforeAll
  static void replay() {
    TitForTatClassifier classifier = TitForTatClassifier.standard();
    aapl = PhaseTimeline.replay(AssetId.of(1), PhaseFixtures.yahoo(PhaseFixtures.AAPL), TradingCalendar.STOCK, classifier);
    spy = PhaseTimeline.replay(AssetId.of(2), PhaseFixtures.yahoo(PhaseFixtures.SPY), TradingCalendar.STOCK, classifier);
    btc = PhaseTimeline.replay(AssetId.of(3), PhaseFixtures.yahoo(PhaseFixtures.BTC), TradingCalendar.CRYPTO, classifier);
    report("AAPL", aapl, "2000");
    report("SPY", spy, "2008", "2009");
    report("BTC-USD", btc, "2018", "2020");
  }

  @Test
  void aaplEntersDefectWithinThreeTradingDaysOf2000_09_29() {
    int bar = index(aapl, "2000-09-29");
    assertThat(PhaseStatistics.of(aapl).spells()).anyMatch(
        spell -> spell.phase() == Phase.DEFECT && Math.abs(spell.firstBar() - bar) <= 3);
    assertThat(aapl.phaseAt(bar + 3)).isEqualTo(Phase.DEFECT);
  }

  @Test
  void spyIsInDefectForMostOfOctober2008() {
    assertThat(share(spy, Phase.DEFECT, "2008-10-01", "2008-11-01")).isGreaterThan(0.5);
  }

  @Test
  void spyReachesForgiveAndThenCoopDuring2009() {
    int from = index(spy, "2009-01-01");
    int to = index(spy, "2010-01-01");
    PhaseStatistics stats = PhaseStatistics.of(spy);
    OptionalInt forgive = stats.firstEntry(Phase.FORGIVE, from, to);
    assertThat(forgive).isPresent();
    OptionalInt coop = stats.firstEntry(Phase.COOP, forgive.getAsInt(), to);
    assertThat(coop).isPresent();
    assertThat(coop.getAsInt()).isGreaterThan(forgive.getAsInt());
  }

  @Test
  void btcShowsDefectInEarly2018AndInMarch2020() {
    assertThat(share(btc, Phase.DEFECT, "2018-01-01", "2018-04-01")).isPositive();
    assertThat(share(btc, Phase.DEFECT, "2020-03-01", "2020-04-01")).isPositive();
  }

  @Test
  void theClassifierDoesNotFlap() {
    for (PhaseTimeline t : List.of(aapl, spy, btc)) {
      PhaseStatistics stats = PhaseStatistics.of(t);
      assertThat(stats.transitionsPerYearAverage()).isLessThanOrEqualTo(MAX_TRANSITIONS_PER_YEAR);
      assertThat(stats.medianBarsInAnyPhase()).isGreaterThanOrEqualTo(MIN_MEDIAN_BARS_IN_PHASE);
      for (Phase p : Phase.values()) assertThat(stats.medianBarsIn(p)).isGreaterThanOrEqualTo(MIN_MEDIAN_BARS_IN_PHASE);
    }
  }

  private static double share(PhaseTimeline t, Phase phase, String from, String to) {
    return PhaseStatistics.of(t).share(phase, index(t, from), index(t, to));
  }

  private static int index(PhaseTimeline t, String date) {
    return t.frame().firstIndexAtOrAfter(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
  }

  private static void report(String name, PhaseTimeline t, String... years) {
    PhaseStatistics stats = PhaseStatistics.of(t);
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s: %.2f transitions/year, per year %s", name, stats.transitionsPerYearAverage(),
        stats.transitionsPerYear()));
    for (Phase p : Phase.values()) {
      lines.add(String.format(Locale.ROOT, "  %-7s median %.1f bars, %.1f days over %d completed stays", p,
          stats.medianBarsIn(p), stats.medianDaysIn(p), stats.spellBars(p).length));
    }
    for (int k = 0; k < t.transitions().size(); k++) {
      String date = t.frame().barTime(t.transitionBar(k)).toString().substring(0, 10);
      for (String y : years) {
        if (date.startsWith(y)) lines.add("  " + date + " " + t.transitions().get(k).rationale().summary());
      }
    }
    System.out.println(String.join(System.lineSeparator(), lines));
  }
}
