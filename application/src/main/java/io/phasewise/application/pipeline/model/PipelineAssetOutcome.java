package io.phasewise.application.pipeline.model;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run did for one asset.
 *
 * @param symbol the asset's symbol when the run listed it
 * @param snapshotsWritten snapshot rows inserted or updated (0 when no new bar arrived)
 * @param phase the asset's phase after the run, empty when none could be computed (no bars, or a failure)
 * @param transitionsWritten phase transitions recorded (new ones, or replacements after corrected data)
 * @param eventsEmitted outbox events of transitions decided after the previous run's state
 * @param failures what went wrong, one message per failed step, each starting with the step's name
 *     ({@code snapshots: }, {@code phases: }); empty on success
 */
public record PipelineAssetOutcome(AssetId asset, String symbol, long snapshotsWritten, Optional<PhaseBrief> phase,
    int transitionsWritten, int eventsEmitted, List<String> failures) {

  public PipelineAssetOutcome {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(phase, "phase");
    failures = List.copyOf(failures);
    if (snapshotsWritten < 0 || transitionsWritten < 0 || eventsEmitted < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + snapshotsWritten + ", "
          + transitionsWritten + ", " + eventsEmitted);
    }
  }

  public boolean succeeded() {
    return failures.isEmpty();
  }

  /**
   * An asset's phase in brief: the phase, its confidence, the one-line rationale and the end of the
   * bar it was read from.
   */
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
}
