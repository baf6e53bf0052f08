package io.phasewise.domain.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One phase event on its way to one subscription. The id is made once, when the event is fanned
 * out, and is the {@code Idempotency-Key} of every attempt; a receiver that ignores a key it has seen
 * gets each event exactly once although the sender may POST it more than once (a crash between a
 * POST and its record repeats the POST).
 *
 * @param attempts attempts made and recorded so far
 * @param nextAttemptAt when the next attempt is due: set exactly when the delivery is PENDING
 * @param finishedAt when it was delivered or given up: set exactly when it is not PENDING
 */
public record WebhookDelivery(
    UUID id,
    WebhookSubscriptionId subscription,
    UUID event,
    DeliveryStatus status,
    int attempts,
    Instant nextAttemptAt,
    Instant createdAt,
    Instant finishedAt) {

  public WebhookDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    if (attempts < 0) throw new IllegalArgumentException("attempts must not be negative: " + attempts);
    boolean pending = status == DeliveryStatus.PENDING;
    if (pending != (nextAttemptAt != null)) {
      throw new IllegalArgumentException("a delivery has a next attempt time exactly when it is pending: " + status);
    }
    if (pending == (finishedAt != null)) {
      throw new IllegalArgumentException("a delivery has a finish time exactly when it is not pending: " + status);
    }
  }

  /** A new delivery, due at once. */
  public static WebhookDelivery pending(UUID id, WebhookSubscriptionId subscription, UUID event, Instant now) {
    return new WebhookDelivery(id, subscription, event, DeliveryStatus.PENDING, 0, now, now, null);
  }

  /** The number the next attempt will carry in {@code Phasewise-Delivery-Attempt}. */
  public int nextAttemptNumber() {
    return attempts + 1;
  }

  /** The delivery after its next attempt ended at {@code now} with {@code decision}. */
  public WebhookDelivery after(RetryPolicy.Decision decision, Instant now) {
    if (status != DeliveryStatus.PENDING) throw new IllegalStateException("delivery " + id + " is already " + status);
    int made = attempts + 1;
    if (decision instanceof RetryPolicy.Decision.RetryAfter retry) {
      return new WebhookDelivery(id, subscription, event, DeliveryStatus.PENDING, made, now.plus(retry.delay()), createdAt,
          null);
    }
    DeliveryStatus end = decision instanceof RetryPolicy.Decision.Delivered ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED;
    return new WebhookDelivery(id, subscription, event, end, made, null, createdAt, now);
  }
}
