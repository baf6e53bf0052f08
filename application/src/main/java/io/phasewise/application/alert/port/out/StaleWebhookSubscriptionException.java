package io.phasewise.application.alert.port.out;

import io.phasewise.domain.alert.WebhookSubscriptionId;

/** Thrown by {@link WebhookSubscriptionsPort#update} when the stored subscription is not at the version that was read. */
public class StaleWebhookSubscriptionException extends RuntimeException {
  public StaleWebhookSubscriptionException(WebhookSubscriptionId id, long readVersion) {
    super("webhook " + id + " changed since version " + readVersion + " was read");
  }
}
