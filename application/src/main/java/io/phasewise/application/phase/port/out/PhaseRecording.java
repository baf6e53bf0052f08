package io.phasewise.application.phase.port.out;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one recompute of an asset's phases on one interval records, all at once: the current state,
 * the transitions that replace the stored ones from {@code replaceFrom} on, and the outbox events of
 * the transitions that are genuinely new.
 *
 * @param replaceFrom when present, stored transitions with {@code changedAt} at or after it are
 *     deleted and {@code transitions} inserted; when empty the stored transitions stay as they are and
 *     {@code transitions} is empty
 * @param transitions the transitions to insert, oldest first, each at or after {@code replaceFrom}
 * @param events outbox events, each of one of {@code transitions}
 * @param recordedAt when this was recorded: the state's computed time, the transitions' recorded time
 */
public record PhaseRecording(AssetId asset, Interval interval, PhaseState state, Optional<Instant> replaceFrom,
    List<PhaseTransition> transitions, List<PhaseEvent> events, Instant recordedAt) {

  public PhaseRecording {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(replaceFrom, "replaceFrom");
    Objects.requireNonNull(recordedAt, "recordedAt");
    transitions = List.copyOf(transitions);
    events = List.copyOf(events);
    if (!state.asset().equals(asset)) throw new IllegalArgumentException("state of asset " + state.asset() + " recorded for " + asset);
    if (replaceFrom.isEmpty() && !transitions.isEmpty()) {
      throw new IllegalArgumentException("transitions to insert need the time from which they replace the stored ones");
    }
    Instant previous = null;
    for (PhaseTransition t : transitions) {
      if (!t.asset().equals(asset)) throw new IllegalArgumentException("transition of asset " + t.asset() + " recorded for " + asset);
      if (t.changedAt().isBefore(replaceFrom.get())) {
        throw new IllegalArgumentException("transition at " + t.changedAt() + " is before replaceFrom " + replaceFrom.get());
      }
      if (previous != null && !t.changedAt().isAfter(previous)) {
        throw new IllegalArgumentException("transitions must be in strictly increasing time order: " + t.changedAt()
            + " after " + previous);
      }
      if (t.changedAt().isAfter(state.asOf())) {
        throw new IllegalArgumentException("transition at " + t.changedAt() + " is after the state's asOf " + state.asOf());
      }
      previous = t.changedAt();
    }
    Set<PhaseTransition> inserted = new HashSet<>(transitions);
    for (PhaseEvent e : events) {
      if (!e.asset().equals(asset) || e.interval() != interval) {
        throw new IllegalArgumentException("event of " + e.asset() + " " + e.interval().code() + " recorded for " + asset
            + " " + interval.code());
      }
      if (!inserted.contains(e.transition())) {
        throw new IllegalArgumentException("event " + e.id() + " is of a transition at " + e.transition().changedAt()
            + " that is not recorded here");
      }
    }
  }

  /** The state alone: no transition replaced, no event. */
  public static PhaseRecording stateOnly(AssetId asset, Interval interval, PhaseState state, Instant recordedAt) {
    return new PhaseRecording(asset, interval, state, Optional.empty(), List.of(), List.of(), recordedAt);
  }
}
