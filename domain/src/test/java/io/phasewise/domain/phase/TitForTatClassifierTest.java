package io.phasewise.domain.phase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitForTatClassifierTest {

  private static final TitForTatClassifier CLASSIFIER = TitForTatClassifier.standard();

  /** 120 calm up bars, a 15% crash, 40 bars of slow bleed. */
  private static Scenario crashAndBleed() {
    return new Scenario().leg(120, 0.004, 0.006).bar(-0.15).leg(40, -0.003, 0.006);
  }

  @Test
  void crashShockTurnsCoopIntoDefectOnTheCrashBar() {
    PhaseTimeline timeline = crashAndBleed().replay();
    assertThat(timeline.phaseAt(120)).isEqualTo(Phase.COOP);
    assertThat(timeline.phaseAt(121)).isEqualTo(Phase.DEFECT);
    assertThat(Scenario.path(timeline)).containsExactly(Phase.COOP, Phase.DEFECT);
    PhaseTransition defect = timeline.transitions().get(1);
    assertThat(defect.from()).isEqualTo(Phase.COOP);
    assertThat(timeline.transitionBar(1)).isEqualTo(121);
    Reason first = defect.rationale().reasons().get(0);
    assertThat(first.key()).isEqualTo(TitForTatClassifier.SHOCK);
    assertThat(first.supports()).isEqualTo(Phase.DEFECT);
    assertThat(first.value()).isCloseTo(-0.15, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(first.text()).startsWith("crash shock: one-bar change -15.0%");
    assertThat(defect.rationale().summary()).contains("DEFECT (from COOP)").contains("crash shock");
  }

  @Test
  void slowBreakdownTurnsCoopIntoDefectOnlyAfterItPersists() {
    PhaseTimeline timeline = new Scenario().leg(120, 0.004, 0.006).leg(80, -0.006, 0.006).replay();
    assertThat(Scenario.path(timeline)).containsExactly(Phase.COOP, Phase.DEFECT);
    int bar = timeline.transitionBar(1);
    assertThat(bar).isBetween(121 + TitForTatRules.DEFAULTS.defectBars(), 200);
    assertThat(timeline.transitions().get(1).rationale().reasons()).noneMatch(r -> r.key().equals(TitForTatClassifier.SHOCK));
  }

  @Test
  void recoveryAfterDefectIsForgivenAndTheRepairedTrendCooperates() {
    PhaseTimeline timeline = crashAndBleed().leg(60, 0.008, 0.006).replay();
    assertThat(Scenario.path(timeline)).containsExactly(Phase.COOP, Phase.DEFECT, Phase.FORGIVE, Phase.COOP);
    int forgive = timeline.transitionBar(2);
    int coop = timeline.transitionBar(3);
    assertThat(forgive).isGreaterThan(161);
    // FORGIVE while the long trend is not yet repaired: SMA20 still below SMA50 on the bar it was granted.
    Map<String, Double> signals = timeline.states().get(forgive).signals();
    assertThat(signals.get("sma_20")).isLessThan(signals.get("sma_50"));
    assertThat(timeline.transitions().get(2).rationale().reasons()).anyMatch(r -> r.key().equals("recovery_signs")
        && r.supports() == Phase.FORGIVE && r.value() == 3);
    // COOP only once the trend is repaired.
    Map<String, Double> atCoop = timeline.states().get(coop).signals();
    assertThat(atCoop.get("sma_20")).isGreaterThan(atCoop.get("sma_50"));
    assertThat(atCoop.get("close")).isGreaterThan(atCoop.get("sma_50"));
    assertThat(coop - forgive).isGreaterThanOrEqualTo(TitForTatRules.DEFAULTS.coopBars());
  }

  @Test
  void relapseAfterForgivenessFallsBackToDefect() {
    PhaseTimeline timeline = crashAndBleed().leg(15, 0.008, 0.006).leg(40, -0.01, 0.006).replay();
    assertThat(Scenario.path(timeline)).containsExactly(Phase.COOP, Phase.DEFECT, Phase.FORGIVE, Phase.DEFECT);
    assertThat(timeline.transitions().get(3).from()).isEqualTo(Phase.FORGIVE);
  }

  @Test
  void forgivenessOnlyEverFollowsADefect() {
    // A strong rally with every recovery sign, from COOP: stays COOP.
    PhaseTimeline rally = new Scenario().leg(100, 0.001, 0.006).leg(60, 0.01, 0.006).replay();
    assertThat(Scenario.path(rally)).containsExactly(Phase.COOP);
    // On synthetic regime walks with crashes, every FORGIVE is entered from DEFECT, and DEFECT never jumps to COOP.
    for (long seed = 1; seed <= 5; seed++) {
      PhaseTimeline t = PhaseTimeline.replay(Scenario.ASSET, PhaseFixtures.regimeWalk(seed, 2_000), TradingCalendar.STOCK,
          CLASSIFIER);
      assertThat(t.transitions()).extracting(PhaseTransition::to).contains(Phase.FORGIVE);
      for (PhaseTransition tr : t.transitions()) {
        if (tr.to() == Phase.FORGIVE) assertThat(tr.from()).isEqualTo(Phase.DEFECT);
        if (tr.from() == Phase.DEFECT) assertThat(tr.to()).isEqualTo(Phase.FORGIVE);
      }
    }
  }

  @Test
  void theFirstStateIsNeverForgive() {
    SnapshotFrame frame = frame(crashAndBleed().leg(60, 0.008, 0.006));
    for (int i = 0; i < frame.size(); i++) {
      PhaseState first = CLASSIFIER.classify(new PhaseInputs(SnapshotHistory.of(frame, i), SentimentInput.NONE, null));
      assertThat(first.phase()).isNotEqualTo(Phase.FORGIVE);
      assertThat(first.barsInPhase()).isEqualTo(1);
      assertThat(first.since()).isEqualTo(first.asOf());
    }
  }

  @Test
  void aOneBarWiggleDoesNotFlipThePhase() {
    // A 4% drop (below the shock size) in an uptrend, and a two-bar dip: still COOP.
    assertThat(Scenario.path(new Scenario().leg(120, 0.004, 0.006).bar(-0.04).leg(30, 0.004, 0.006).replay()))
        .containsExactly(Phase.COOP);
    assertThat(Scenario.path(new Scenario().leg(120, 0.004, 0.006).bar(-0.03).bar(-0.03).leg(30, 0.004, 0.006).replay()))
        .containsExactly(Phase.COOP);
    // A two-bar pop inside a defection: still DEFECT.
    assertThat(Scenario.path(crashAndBleed().bar(0.04).bar(0.04).leg(20, -0.003, 0.006).replay()))
        .containsExactly(Phase.COOP, Phase.DEFECT);
  }

  @Test
  void aPhaseIsHeldForTheMinimumDwellUnlessAShockStrikes() {
    for (long seed = 1; seed <= 5; seed++) {
      PhaseTimeline t = PhaseTimeline.replay(Scenario.ASSET, PhaseFixtures.regimeWalk(seed, 2_000), TradingCalendar.STOCK,
          CLASSIFIER);
      for (int k = 2; k < t.transitions().size(); k++) {
        int held = t.transitionBar(k) - t.transitionBar(k - 1);
        boolean shock = t.transitions().get(k).rationale().reasons().stream().anyMatch(r -> r.key().equals(TitForTatClassifier.SHOCK));
        if (!shock) assertThat(held).isGreaterThanOrEqualTo(TitForTatRules.DEFAULTS.minDwellBars());
      }
    }
  }

  @Test
  void confidenceIsInUnitIntervalAndReasonsCarryNumbersAndText() {
    for (long seed = 1; seed <= 3; seed++) {
      PhaseTimeline t = PhaseTimeline.replay(Scenario.ASSET, PhaseFixtures.regimeWalk(seed, 1_500), TradingCalendar.STOCK,
          CLASSIFIER);
      for (PhaseState s : t.states()) {
        assertThat(s.confidence()).isBetween(0.0, 1.0);
        assertThat(s.rationale().summary()).startsWith(s.phase().code());
        for (Reason r : s.rationale().reasons()) {
          assertThat(r.strength()).isBetween(0.0, 1.0);
          assertThat(Double.isFinite(r.value())).isTrue();
          assertThat(r.text()).isNotBlank().containsPattern("[0-9]");
        }
      }
      PhaseState last = t.states().get(t.states().size() - 1);
      assertThat(last.rationale().reasons()).extracting(Reason::key)
          .contains("close_vs_sma50", "sma20_vs_sma50", "macd_vs_signal", "adx_di", "rsi_14", "ret_5d", "roc_10", "ret_20d");
      assertThat(last.signals()).containsKeys("close", "sma_50", "rsi_14", "composite_score");
    }
    PhaseState defect = crashAndBleed().replay().states().get(121);
    assertThat(defect.confidence()).isGreaterThan(0.6);
    Reason close = defect.rationale().reasons().stream().filter(r -> r.key().equals("close_vs_sma50")).findFirst().orElseThrow();
    assertThat(close.value()).isNegative();
    assertThat(close.text()).matches("close \\d+\\.\\d% below SMA50");
  }

  @Test
  void warmUpKeepsCoopWithZeroConfidence() {
    PhaseTimeline t = crashAndBleed().replay();
    assertThat(t.states().get(0).confidence()).isZero();
    assertThat(t.states().get(0).rationale().summary()).contains("warming up");
    assertThat(t.states().get(60).confidence()).isPositive();
  }

  @Test
  void sentimentIsReadWhenPresentAndExplained() {
    SnapshotFrame frame = frame(crashAndBleed());
    int i = 110;
    PhaseInputs without = new PhaseInputs(SnapshotHistory.of(frame, i), SentimentInput.NONE, null);
    PhaseInputs bearish = new PhaseInputs(SnapshotHistory.of(frame, i), new SentimentInput(-0.6, 14, 0.7, "news turned"), null);
    PhaseState a = CLASSIFIER.classify(without);
    PhaseState b = CLASSIFIER.classify(bearish);
    assertThat(b.signals().get("composite_score")).isLessThan(a.signals().get("composite_score"));
    assertThat(b.confidence()).isLessThan(a.confidence());
    Reason sentiment = b.rationale().reasons().stream().filter(r -> r.key().equals("sentiment")).findFirst().orElseThrow();
    assertThat(sentiment.supports()).isEqualTo(Phase.DEFECT);
    assertThat(sentiment.text()).isEqualTo("sentiment -0.60 from 14 observations, 70% tier A (news turned)");
    assertThat(a.rationale().reasons()).noneMatch(r -> r.key().equals("sentiment"));
  }

  @Test
  void classifierIsPure() {
    SnapshotFrame frame = frame(crashAndBleed());
    PhaseState previous = CLASSIFIER.classify(new PhaseInputs(SnapshotHistory.of(frame, 119), SentimentInput.NONE, null));
    PhaseInputs inputs = new PhaseInputs(SnapshotHistory.of(frame, 120), SentimentInput.NONE, previous);
    assertThat(CLASSIFIER.classify(inputs)).isEqualTo(CLASSIFIER.classify(inputs));
  }

  @Test
  void valueTypesValidate() {
    assertThat(Phase.fromCode(" forgive ")).contains(Phase.FORGIVE);
    assertThat(Phase.fromCode("hold")).isEmpty();
    assertThat(Phase.fromCode(null)).isEmpty();
    assertThat(Phase.DEFECT.code()).isEqualTo("DEFECT");
    Rationale r = new Rationale(List.of(), "x");
    Instant t = Instant.parse("2020-01-02T00:00:00Z");
    assertThatThrownBy(() -> new PhaseState(Scenario.ASSET, Phase.COOP, 1.2, r, Map.of(), t, t, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhaseState(Scenario.ASSET, Phase.COOP, 0.5, r, Map.of(), t, t.plusSeconds(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PhaseTransition(Scenario.ASSET, Phase.COOP, Phase.COOP, 0.5, r, t))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SentimentInput(1.5, 1, 0, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Reason("k", 1, 0, Phase.COOP, 2, "t")).isInstanceOf(IllegalArgumentException.class);
    assertThat(SentimentInput.NONE.isPresent()).isFalse();
    SnapshotFrame frame = frame(crashAndBleed());
    assertThatThrownBy(() -> SnapshotHistory.of(frame, 10).value(SnapshotFrame.Column.PRICE, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SnapshotHistory.of(frame, 10).value(SnapshotFrame.Column.PRICE, 11)).isNaN();
  }

  private static SnapshotFrame frame(Scenario s) {
    return SnapshotEngine.standard().compute(Scenario.ASSET, s.series(), TradingCalendar.STOCK);
  }
}
