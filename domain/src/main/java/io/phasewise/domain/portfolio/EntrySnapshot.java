package io.phasewise.domain.portfolio;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What Phasewise knew about an asset when a trade on it was recorded, captured automatically so the
 * journal can later show the trade against the analysis of that moment.
 *
 * @param asOf the time the analysis was read
 * @param phase the asset's phase then (COOP, DEFECT, FORGIVE), or {@code null} if none was computed
 * @param phaseConfidence its confidence (0-1), or {@code null}
 * @param phaseReasons the readable reasons behind the phase
 * @param features the latest market and indicator snapshot, by feature name
 * @param sentiment the sentiment meter's value, or {@code null} when no sentiment was stored
 */
public record EntrySnapshot(
    Instant asOf, String phase, Double phaseConfidence, List<String> phaseReasons, Map<String, Double> features, Double sentiment) {
  public EntrySnapshot {
    Objects.requireNonNull(asOf, "asOf");
    phaseReasons = phaseReasons == null ? List.of() : List.copyOf(phaseReasons);
    features = features == null ? Map.of() : Map.copyOf(features);
  }
}
