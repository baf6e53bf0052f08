package io.phasewise.application.alert.port.out;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Outgoing port: the outbox of phase events and the deliveries made from it. The locking reads
 * ({@link #lockPendingEvents}, {@link #claimNextDue}) skip rows another transaction holds, so
 * dispatchers on several instances never take the same row.
 */
public interface WebhookOutboxPort {
  /**
   * Up to {@code limit} events not fanned out yet, oldest first, locked until the current transaction
   * ends; events locked by another transaction are skipped.
   */
  List<OutboxEvent> lockPendingEvents(int limit);

  /** Stores new deliveries; one that exists already for its subscription and event is left alone. Returns how many were new. */
  int addDeliveries(Collection<WebhookDelivery> deliveries);

  /** Marks the events fanned out at {@code at}. */
  void markFannedOut(Collection<UUID> events, Instant at);

  /**
   * The pending delivery due longest (next attempt at or before {@code now}), claimed: its next attempt
   * moves to {@code leaseUntil}, so no dispatcher takes it again before then unless its attempt is
   * recorded first. Deliveries locked by another transaction are skipped, and so are those of the
   * subscriptions in {@code skip} (the ones this process is delivering to already).
   */
  Optional<DueDelivery> claimNextDue(Instant now, Instant leaseUntil, Set<WebhookSubscriptionId> skip);

  /**
   * Records {@code attempt} and the delivery's new state {@code after}, if the delivery is still
   * pending with {@code after.attempts() - 1} attempts; false (nothing written) when it was deleted
   * with its subscription or another dispatcher recorded this attempt first.
   */
  boolean recordAttempt(WebhookDelivery after, WebhookAttempt attempt);
}
