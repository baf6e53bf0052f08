package io.phasewise.application.pipeline.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.util.List;
import java.util.Objects;

/**
 * What one run did for one asset.
 *
 * @param snapshotsWritten snapshot rows inserted or updated (0 when no new bar arrived)
 * @param phase the asset's phase after the run, or null when none could be computed
 * @param confidence that phase's confidence, 0 without a phase
 * @param summary that phase's one-line rationale, empty without a phase
 * @param transitionsWritten phase transitions recorded (new ones, or replacements after corrected data)
 * @param eventsEmitted outbox events of transitions decided after the previous run's state
 * @param failures what went wrong, one message per failed step naming the step; empty on success
 */
public record PipelineAssetOutcome(AssetId asset, String symbol, long snapshotsWritten, Phase phase,
    double confidence, String summary, int transitionsWritten, int eventsEmitted, List<String> failures) {

  public PipelineAssetOutcome {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(summary, "summary");
    failures = List.copyOf(failures);
    if (snapshotsWritten < 0 || transitionsWritten < 0 || eventsEmitted < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + snapshotsWritten + ", "
          + transitionsWritten + ", " + eventsEmitted);
    }
    if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence not in 0..1: " + confidence);
  }

  public boolean succeeded() {
    return failures.isEmpty();
  }
}
