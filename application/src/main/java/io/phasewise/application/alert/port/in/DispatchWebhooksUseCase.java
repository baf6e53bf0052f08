package io.phasewise.application.alert.port.in;

import java.time.Instant;

/**
 * Use case: moves phase events from the outbox to the subscribers. Safe to run on several instances
 * at once: events and deliveries are claimed with row locks that others skip.
 */
public interface DispatchWebhooksUseCase {
  /**
   * For every event not fanned out yet, oldest first: one pending delivery per matching active
   * subscription, and the event marked fanned out, in one transaction per batch of events.
   */
  FanOutReport fanOut();

  /** POSTs every delivery due at {@code now} (each outside any transaction) and records each attempt. */
  DeliveryReport deliverDue(Instant now);

  /** What a fan-out did. */
  record FanOutReport(int events, int deliveries) {}

  /** What a round of deliveries did: attempts made, and how many of them delivered, will retry, failed for good. */
  record DeliveryReport(int attempted, int delivered, int retrying, int failed) {}
}
