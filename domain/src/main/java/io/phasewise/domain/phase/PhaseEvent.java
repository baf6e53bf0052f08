package io.phasewise.domain.phase;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A newly recorded phase transition as an event for alerts and webhooks, written to the outbox in the
 * transaction that records the transition.
 *
 * @param id unique id of the event (a webhook delivery carries its own idempotency key)
 * @param symbol the asset's symbol, so a receiver need not look the asset up
 * @param interval the bar interval the phase was computed on
 * @param recordedAt when the transition was recorded (later than {@code transition.changedAt()} when
 *     the data arrived late)
 */
public record PhaseEvent(UUID id, AssetId asset, String symbol, Interval interval, PhaseTransition transition,
    Instant recordedAt) {
  public PhaseEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(recordedAt, "recordedAt");
    if (!transition.asset().equals(asset)) {
      throw new IllegalArgumentException("transition of asset " + transition.asset() + " in an event of " + asset);
    }
  }
}
