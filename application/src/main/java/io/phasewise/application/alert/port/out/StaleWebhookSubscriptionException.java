package io.phasewise.application.alert.port.out;

import io.phasewise.domain.alert.WebhookSubscriptionId;

/** Thrown by {@link WebhookSubscriptionsPort#update} when the stored subscription is not at the version that was read. */
public class StaleWebhookSubscriptionException extends RuntimeException {
  /** @param cause the store's own failure (a lost optimistic-locking race), or null when the store saw the old version itself */
  public StaleWebhookSubscriptionException(WebhookSubscriptionId id, long readVersion, Throwable cause) {
    super("webhook " + id + " changed since version " + readVersion + " was read", cause);
  }
}
