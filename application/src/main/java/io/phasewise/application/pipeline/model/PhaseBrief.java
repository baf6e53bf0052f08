package io.phasewise.application.pipeline.model;

import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseState;
import java.time.Instant;
import java.util.Objects;

/** An asset's phase in brief: the phase, its confidence, the one-line rationale and the end of the bar it was read from. */
public record PhaseBrief(Phase phase, double confidence, String summary, Instant asOf) {
  public PhaseBrief {
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(asOf, "asOf");
    if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence not in 0..1: " + confidence);
  }

  public static PhaseBrief of(PhaseState state) {
    return new PhaseBrief(state.phase(), state.confidence(), state.rationale().summary(), state.asOf());
  }
}
