package io.phasewise.application.alert;

import io.phasewise.application.alert.port.out.LoadWebhookDeliveriesPort;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.application.shared.TransactionPort;

/** The stored outgoing ports of the alert context: subscriptions, the outbox, the delivery log and transactions. */
public record AlertPorts(
    WebhookSubscriptionsPort subscriptions,
    WebhookOutboxPort outbox,
    LoadWebhookDeliveriesPort deliveries,
    TransactionPort tx) {}
