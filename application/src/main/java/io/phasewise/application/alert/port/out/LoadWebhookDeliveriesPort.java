package io.phasewise.application.alert.port.out;

import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.alert.WebhookSubscriptionId;

/** Outgoing port: reads the delivery log of a subscription. */
public interface LoadWebhookDeliveriesPort {
  /** Its deliveries, newest first (ties by id), each with its event and its attempts in order. */
  Page<WebhookDeliveryLog> deliveries(WebhookSubscriptionId subscription, PageRequest page);
}
