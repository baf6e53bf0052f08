package io.phasewise.application.alert.port.out;

import io.phasewise.domain.alert.WebhookDelivery;
import java.util.Objects;

/**
 * A pending delivery claimed for one attempt, with the body to POST.
 *
 * @param delivery the delivery as it stood before the claim (its attempts so far)
 * @param payload the event's JSON body, exactly as stored in the outbox
 */
public record DueDelivery(WebhookDelivery delivery, String payload) {
  public DueDelivery {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(payload, "payload");
  }
}
