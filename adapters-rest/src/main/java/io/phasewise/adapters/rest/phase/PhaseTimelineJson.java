package io.phasewise.adapters.rest.phase;

import io.phasewise.application.phase.port.in.PhaseHistory;
import io.phasewise.domain.phase.PhaseTransition;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * An asset's phase timeline over a range, for a chart: the transitions decided in it, the stays in
 * each phase, and the closing prices of its bars.
 */
@Schema(name = "PhaseTimeline")
record PhaseTimelineJson(
    long asset,
    @Schema(example = "1d") String interval,
    Instant from,
    @Schema(description = "end of the range, exclusive") Instant to,
    @Schema(description = "the current phase") PhaseStateJson current,
    @Schema(description = "changes of phase decided in the range, oldest first") List<Transition> transitions,
    @Schema(description = "the phase from one change to the next, clipped to the range and to the current state's asOf")
    List<Span> spans,
    @Schema(description = "close of each bar opening in the range, oldest first") List<Price> prices) {

  /** A change of phase; {@code from} is null for an asset's first phase. */
  @Schema(name = "PhaseTransition")
  record Transition(
      @Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}, nullable = true) String from,
      @Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}) String to,
      double confidence,
      String summary,
      List<ReasonJson> reasons,
      @Schema(description = "end time of the bar that decided the change") Instant changedAt) {

    static Transition of(PhaseTransition t) {
      return new Transition(t.from() == null ? null : t.from().code(), t.to().code(), t.confidence(), t.rationale().summary(),
          ReasonJson.of(t.rationale().reasons()), t.changedAt());
    }
  }

  /** A stay in one phase over {@code [from, to)}. */
  @Schema(name = "PhaseSpan")
  record Span(@Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}) String phase, Instant from, Instant to) {}

  /** The close of the bar opening at {@code time}. */
  @Schema(name = "PhasePrice")
  record Price(@Schema(description = "open time of the bar") Instant time, double close) {}

  static PhaseTimelineJson of(PhaseHistory h) {
    return new PhaseTimelineJson(h.asset().value(), h.interval().code(), h.from(), h.to(),
        PhaseStateJson.of(h.current(), h.interval()),
        h.transitions().stream().map(Transition::of).toList(),
        h.spans().stream().map(s -> new Span(s.phase().code(), s.from(), s.to())).toList(),
        h.prices().stream().map(p -> new Price(p.time(), p.close())).toList());
  }
}
