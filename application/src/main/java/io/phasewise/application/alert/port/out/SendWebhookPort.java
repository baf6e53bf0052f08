package io.phasewise.application.alert.port.out;

import io.phasewise.domain.alert.WebhookRequest;
import io.phasewise.domain.alert.WebhookResponse;

/**
 * Outgoing port: POSTs one webhook request and reports the receiver's status or the error. Never
 * follows redirects (a redirect could lead to an address the URL policy refuses) and never throws
 * for a failure of the network or the receiver: that is a {@link WebhookResponse#failed} response.
 */
public interface SendWebhookPort {
  WebhookResponse send(WebhookRequest request);
}
