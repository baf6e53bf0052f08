/**
 * Outgoing webhooks over HTTP: {@link io.phasewise.adapters.providers.webhook.HttpWebhookSender} POSTs a
 * signed request with the JDK's HTTP client (HTTP/1.1, bounded connect and request time, redirects
 * never followed, response body not read) and {@link io.phasewise.adapters.providers.webhook.DnsHostResolver}
 * resolves a URL's host for the address policy. Webhooks are the first channel of the alert context.
 */
package io.phasewise.adapters.providers.webhook;
