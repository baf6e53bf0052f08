package io.phasewise.application.phase.port.in;

import io.phasewise.domain.research.EvaluationSettings;
import io.phasewise.domain.research.NullCalibration;
import io.phasewise.domain.research.SeriesEvaluation;
import java.util.List;

/**
 * The answer of {@link EvaluatePhasesUseCase}: every series evaluated, those that could not be (with why),
 * and the null calibration on random walks.
 *
 * @param settings what the evaluation used
 * @param candidates the classifiers' names, in the order of each series' evaluations
 * @param series the series evaluated, stored ones by symbol, then supplied ones, in the order asked
 * @param skipped series that could not be evaluated
 * @param calibration the same evaluation on seeded random walks
 */
public record PhaseEvaluationReport(EvaluationSettings settings, List<String> candidates, List<SeriesEvaluation> series,
    List<Skipped> skipped, NullCalibration calibration) {

  /** A series left out, and why (too short, unreadable prices). */
  public record Skipped(String series, String reason) {}

  public PhaseEvaluationReport {
    candidates = List.copyOf(candidates);
    series = List.copyOf(series);
    skipped = List.copyOf(skipped);
  }
}
