package io.phasewise.application.alert.model;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A phase event as the outbox holds it: written in the transaction that recorded the transition,
 * with the JSON body every subscriber is sent, byte for byte.
 *
 * @param from the phase before, or {@code null} for an asset's first phase
 * @param payload the JSON object POSTed to subscribers
 * @param createdAt when the event was written; the outbox is worked oldest first
 */
public record OutboxEvent(UUID id, AssetId asset, Interval interval, Phase from, Phase to, Instant changedAt,
    String payload, Instant createdAt) {
  public OutboxEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(changedAt, "changedAt");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(createdAt, "createdAt");
    if (from == to) throw new IllegalArgumentException("an event must change the phase: " + to);
  }
}
