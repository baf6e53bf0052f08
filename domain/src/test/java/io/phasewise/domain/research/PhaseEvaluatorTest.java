package io.phasewise.domain.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.TitForTatClassifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhaseEvaluatorTest {
  private static final int FALL_FROM = 1000;
  private static final int FALL_TO = 1100;

  /** Rises 0.1% a bar except bars 1000..1099, which fall 0.5% each (bar 999 is the peak, 1099 the trough). */
  private static final CandleSeries FALLS_ONLY_IN_SPAN = Series.ofReturns(2000, t -> t >= FALL_FROM && t < FALL_TO ? -0.005 : 0.001);

  private final PhaseEvaluator evaluator = new PhaseEvaluator(new EvaluationSettings(20, 20, 500, 7));

  private ClassifierEvaluation scripted() {
    SeriesEvaluation evaluation = evaluator.evaluate("span", FALLS_ONLY_IN_SPAN, TradingCalendar.CRYPTO,
        List.of(new NamedClassifier("scripted", new ScriptedClassifier(FALL_FROM, FALL_TO))));
    return evaluation.candidates().get(0);
  }

  @Test
  void aDefectSpanThatHoldsTheOnlyFallIsSignificantlyWorseInReturnAndDrawdown() {
    ClassifierEvaluation scripted = scripted();

    assertThat(scripted.difference(Outcome.RETURN).verdict(Outcome.RETURN)).isEqualTo(Difference.Verdict.WORSE);
    assertThat(scripted.difference(Outcome.DRAWDOWN).verdict(Outcome.DRAWDOWN)).isEqualTo(Difference.Verdict.WORSE);
    PhaseMeans coop = scripted.byPhase().get(Phase.COOP.ordinal());
    PhaseMeans defect = scripted.byPhase().get(Phase.DEFECT.ordinal());
    assertThat(defect.bars()).isEqualTo(FALL_TO - FALL_FROM);
    assertThat(defect.share()).isEqualTo(0.05);
    // 80 of the 100 DEFECT bars see 20 falling bars ahead: 0.995^20 - 1 = -9.54%
    assertThat(defect.forwardReturn()).isLessThan(-0.07);
    assertThat(coop.forwardReturn()).isGreaterThan(0.015);
    assertThat(scripted.byPhase().get(Phase.FORGIVE.ordinal()).bars()).isZero();
  }

  @Test
  void theRuleActsOneBarLateSoItLosesExactlyTheFirstFallingBar() {
    ClassifierEvaluation scripted = scripted();

    // DEFECT decided at close 1000 sells at open 1001: bar 1000's -0.5% is the rule's only loss
    assertThat(scripted.rule().worstDrawdown()).isCloseTo(-0.005, within(1e-9));
    assertThat(scripted.rule().totalReturn()).isGreaterThan(evaluator.evaluate("span", FALLS_ONLY_IN_SPAN, TradingCalendar.CRYPTO,
        List.of()).buyAndHold().totalReturn());
    assertThat(scripted.rule().invested()).isCloseTo(0.95, within(1e-9));
  }

  @Test
  void theReactionToTheFallIsOneBarAndHalfAPercent() {
    List<ReactionLag.Episode> episodes = scripted().episodes();

    assertThat(episodes).singleElement().satisfies(e -> {
      assertThat(e.peak()).isEqualTo(FALL_FROM - 1);
      assertThat(e.trough()).isEqualTo(FALL_TO - 1);
      assertThat(e.depth()).isCloseTo(Math.pow(0.995, 100) - 1, within(1e-9));
      assertThat(e.lagBars()).hasValue(1);
      assertThat(e.fallAtDefect()).isCloseTo(-0.005, within(1e-9));
    });
    assertThat(scripted().transitionsPerYear()).isCloseTo(2 / (1999 / 365.25), within(1e-9));
  }

  @ParameterizedTest(name = "cut after bar {0}")
  @ValueSource(ints = {60, 333, 1017, 1500, 2399})
  void bothShippedCandidatesDecideEachBarFromBarsUpToItOnly(int cut) {
    CandleSeries series = RandomWalk.geometric(11, 2400, 0.02);
    CandleSeries truncated = series.slice(0, cut + 1);
    for (var classifier : List.of(TitForTatClassifier.standard(), new TrendFilterClassifier())) {
      Phase[] full = PhaseEvaluator.phases(series, TradingCalendar.STOCK, classifier);
      Phase[] cutShort = PhaseEvaluator.phases(truncated, TradingCalendar.STOCK, classifier);
      assertThat(cutShort).as("%s cut after bar %d", classifier.getClass().getSimpleName(), cut)
          .containsExactly(java.util.Arrays.copyOf(full, cut + 1));
    }
  }

  @Test
  void aSeriesWithoutABarBeyondOneWindowIsRefusedByName() {
    assertThatThrownBy(() -> evaluator.evaluate("tiny", Series.ofReturns(21, t -> 0.01), TradingCalendar.STOCK, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tiny has 21 bars");
  }
}
