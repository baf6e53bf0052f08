package io.phasewise.domain.research;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseClassifier;
import io.phasewise.domain.phase.PhaseDecisions;
import io.phasewise.domain.phase.PhaseFrame;
import io.phasewise.domain.phase.PhaseStatistics;
import io.phasewise.domain.phase.SentimentInput;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates classifiers on one series: it replays each over the standard snapshots of the series (so bar
 * t is decided from bars ≤ t only, without sentiment), then measures the forward outcomes per phase, the
 * DEFECT-minus-COOP differences with a moving-block bootstrap, the DEFECT-to-cash rule against
 * buy-and-hold, the reaction to drawdowns deeper than 15% and the transitions per year.
 */
public final class PhaseEvaluator {
  private static final AssetId EVALUATED = AssetId.of(1);

  private final EvaluationSettings settings;
  private final int blockLength;

  public PhaseEvaluator(EvaluationSettings settings) {
    this(settings, settings.blockLength());
  }

  /** An evaluator resampling blocks of {@code blockLength} bars whatever the horizon: 1 shows what an iid bootstrap would claim. */
  PhaseEvaluator(EvaluationSettings settings, int blockLength) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.blockLength = blockLength;
  }

  /**
   * The evaluation of {@code candidates} on {@code series} (bars of an asset trading on {@code calendar}).
   *
   * @throws IllegalArgumentException if the series has no bar beyond one forward window
   */
  public SeriesEvaluation evaluate(String name, CandleSeries series, TradingCalendar calendar, List<NamedClassifier> candidates) {
    int n = series.size();
    if (n < settings.horizon() + 2) {
      throw new IllegalArgumentException(name + " has " + n + " bars; the evaluation needs more than " + (settings.horizon() + 1));
    }
    SnapshotFrame frame = SnapshotEngine.standard().compute(EVALUATED, series, calendar);
    ForwardOutcomes outcomes = ForwardOutcomes.of(series.closes(), settings.horizon(), calendar.periodsPerYear(series.interval()));
    List<ClassifierEvaluation> evaluations = new ArrayList<>();
    for (NamedClassifier candidate : candidates) {
      evaluations.add(evaluate(candidate.name(), series, phases(frame, candidate.classifier()), outcomes));
    }
    return new SeriesEvaluation(name, n, series.time(0), series.time(n - 1), TradingRule.buyAndHold(series), evaluations);
  }

  /** The phase {@code classifier} decides at each bar of {@code series}, each from bars at or before it. */
  public static Phase[] phases(CandleSeries series, TradingCalendar calendar, PhaseClassifier classifier) {
    return phases(SnapshotEngine.standard().compute(EVALUATED, series, calendar), classifier);
  }

  private static Phase[] phases(SnapshotFrame frame, PhaseClassifier classifier) {
    PhaseDecisions decided = classifier.classifyAll(PhaseFrame.of(frame, t -> SentimentInput.NONE));
    Phase[] phases = new Phase[frame.size()];
    for (int i = 0; i < phases.length; i++) phases[i] = decided.phase(i);
    return phases;
  }

  private ClassifierEvaluation evaluate(String name, CandleSeries series, Phase[] phases, ForwardOutcomes outcomes) {
    int m = outcomes.size();
    boolean[] defect = new boolean[m];
    boolean[] coop = new boolean[m];
    for (int t = 0; t < m; t++) {
      defect[t] = phases[t] == Phase.DEFECT;
      coop[t] = phases[t] == Phase.COOP;
    }
    Difference[] found = new BlockBootstrap(blockLength, settings.resamples(), settings.seed())
        .differences(outcomes.columns(), defect, coop);
    Map<Outcome, Difference> differences = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) differences.put(outcome, found[outcome.ordinal()]);
    PhaseStatistics statistics = PhaseStatistics.of(series.openTimes(), phases);
    int most = statistics.transitionsPerYear().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return new ClassifierEvaluation(name, means(phases, outcomes, statistics), differences, TradingRule.of(series, phases),
        ReactionLag.episodes(series.closes(), phases, ReactionLag.DEFAULT_DEPTH), statistics.transitionsPerYearAverage(), most);
  }

  private static List<PhaseMeans> means(Phase[] phases, ForwardOutcomes outcomes, PhaseStatistics statistics) {
    List<PhaseMeans> means = new ArrayList<>();
    for (Phase phase : Phase.values()) {
      double[] sums = new double[Outcome.values().length];
      int bars = 0;
      for (int t = 0; t < outcomes.size(); t++) {
        if (phases[t] != phase) continue;
        bars++;
        for (Outcome outcome : Outcome.values()) sums[outcome.ordinal()] += outcomes.value(outcome, t);
      }
      double count = bars;
      means.add(new PhaseMeans(phase, statistics.share(phase), bars, sums[0] / count, sums[1] / count, sums[2] / count));
    }
    return means;
  }
}
