package io.phasewise.adapters.rest.phase;

import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An asset's current Tit-for-Tat phase with its reasons and the one-line summary a tooltip shows. */
@Schema(name = "PhaseState")
record PhaseStateJson(
    long asset,
    @Schema(example = "1d") String interval,
    @Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}) String phase,
    @Schema(description = "0..1, from the agreement and strength of the signals", example = "0.82") double confidence,
    @Schema(description = "one line for a tooltip",
        example = "DEFECT (from COOP) since 2000-09-30, confidence 1.00: crash shock: one-bar change -51.9%") String summary,
    @Schema(description = "the evidence, the reasons supporting the phase first") List<ReasonJson> reasons,
    @Schema(description = "the numbers the classifier read, by name, sorted") Map<String, Double> signals,
    @Schema(description = "end time of the last bar read") Instant asOf,
    @Schema(description = "end time of the bar on which the asset entered this phase") Instant since,
    @Schema(description = "bars in this phase, the last one included") int barsInPhase) {

  static PhaseStateJson of(PhaseState s, Interval interval) {
    return new PhaseStateJson(s.asset().value(), interval.code(), s.phase().code(), s.confidence(), s.rationale().summary(),
        ReasonJson.of(s.rationale().reasons()), JsonNumbers.sorted(s.signals()), s.asOf(), s.since(), s.barsInPhase());
  }
}
