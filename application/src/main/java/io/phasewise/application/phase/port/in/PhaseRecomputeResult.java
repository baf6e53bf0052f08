package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import java.util.Objects;
import java.util.Optional;

/**
 * What recomputing one asset's phases did.
 *
 * @param barsRead candles read (the whole stored history at this interval)
 * @param state the state of the last bar, empty when the asset has no bars at this interval
 * @param transitionsKept stored transitions equal to the replay's (same time, from and to), left as they were
 * @param transitionsRemoved stored transitions that differed from the replay, or came after the first that did, and were deleted
 * @param transitionsWritten transitions of the replay inserted in their place
 * @param eventsEmitted outbox events written: transitions decided after the previously stored state
 * @param stateWritten whether the current state was written (false when it equals the stored one)
 */
public record PhaseRecomputeResult(AssetId asset, Interval interval, int barsRead, Optional<PhaseState> state,
    int transitionsKept, int transitionsRemoved, int transitionsWritten, int eventsEmitted, boolean stateWritten) {

  public PhaseRecomputeResult {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(state, "state");
  }

  /** The result for an asset without bars at this interval: nothing computed, nothing written. */
  public static PhaseRecomputeResult noBars(AssetId asset, Interval interval) {
    return new PhaseRecomputeResult(asset, interval, 0, Optional.empty(), 0, 0, 0, 0, false);
  }

  /** Whether anything was written. */
  public boolean wroteAnything() {
    return stateWritten || transitionsRemoved > 0 || transitionsWritten > 0 || eventsEmitted > 0;
  }
}
