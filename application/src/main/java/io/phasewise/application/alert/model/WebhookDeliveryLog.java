package io.phasewise.application.alert.model;

import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import java.util.List;
import java.util.Objects;

/** One delivery of a subscription as its log shows it: the event, where the delivery stands, every attempt in order. */
public record WebhookDeliveryLog(WebhookDelivery delivery, OutboxEvent event, List<WebhookAttempt> attempts) {
  public WebhookDeliveryLog {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(event, "event");
    attempts = List.copyOf(attempts);
  }
}
