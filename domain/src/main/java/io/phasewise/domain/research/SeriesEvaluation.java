package io.phasewise.domain.research;

import java.time.Instant;
import java.util.List;

/**
 * The evaluation of every candidate classifier on one series.
 *
 * @param series the series' name (a symbol or a file)
 * @param bars its number of bars
 * @param from open time of its first bar
 * @param to open time of its last bar
 * @param buyAndHold holding it from the first close to the last
 * @param candidates one evaluation per candidate, in the order they were given
 */
public record SeriesEvaluation(String series, int bars, Instant from, Instant to, RuleOutcome buyAndHold,
    List<ClassifierEvaluation> candidates) {
  public SeriesEvaluation {
    candidates = List.copyOf(candidates);
  }
}
