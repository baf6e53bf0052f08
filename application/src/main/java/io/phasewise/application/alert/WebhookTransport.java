package io.phasewise.application.alert;

import io.phasewise.application.alert.port.out.ResolveHostPort;
import io.phasewise.application.alert.port.out.SendWebhookPort;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.domain.alert.WebhookUrlPolicy;

/**
 * How webhooks leave the application: the sender and name resolver (the network's outgoing ports), the
 * addresses a subscriber may use and the dispatcher's batch sizes, lease and retries.
 */
public record WebhookTransport(SendWebhookPort sender, ResolveHostPort resolver, WebhookUrlPolicy policy,
    DispatchWebhooksService.Options options) {}
