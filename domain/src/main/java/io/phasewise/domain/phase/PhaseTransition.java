package io.phasewise.domain.phase;

import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.Objects;

/**
 * A change of phase (one entry of the phase history): {@code from} is null for an asset's first
 * phase; {@code changedAt} is the end time of the bar that decided the change.
 */
public record PhaseTransition(AssetId asset, Phase from, Phase to, double confidence, Rationale rationale,
    Instant changedAt) {
  public PhaseTransition {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(changedAt, "changedAt");
    if (from == to) throw new IllegalArgumentException("a transition must change the phase: " + to);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
  }

  /** The transition that a new state makes from the previous one, or null when the phase is unchanged. */
  public static PhaseTransition between(PhaseState previous, PhaseState next) {
    Phase from = previous == null ? null : previous.phase();
    return from == next.phase() ? null : into(from, next);
  }

  /** The transition from {@code from} (null for a first phase) into the phase of {@code state}, as of its time. */
  static PhaseTransition into(Phase from, PhaseState state) {
    return new PhaseTransition(state.asset(), from, state.phase(), state.confidence(), state.rationale(), state.asOf());
  }
}
