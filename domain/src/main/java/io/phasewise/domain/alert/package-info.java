/**
 * Alerts: telling users that something happened. Webhooks on phase transitions are the first channel;
 * the alert rules that come later (price, phase and portfolio alerts) and the notifications they send
 * belong in this context too (see docs/ARCHITECTURE.md, "The alert context").
 *
 * <ul>
 *   <li><b>Webhook subscription</b>: a user's endpoint ({@link io.phasewise.domain.alert.WebhookSubscription})
 *       that receives phase events by HTTP POST: an http(s) URL, a secret that signs every request, a
 *       description, an optional filter of assets and one of target phases (empty = every asset, every
 *       phase), and an active flag. An inactive subscription receives nothing.
 *   <li><b>URL policy</b>: which URLs and resolved addresses a webhook may call
 *       ({@link io.phasewise.domain.alert.WebhookUrlPolicy}); private, loopback, link-local and other
 *       non-public addresses are refused unless the operator allows loopback or private networks.
 *   <li><b>Signature</b>: {@code Phasewise-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>} over
 *       {@code t + "." + body} with the subscription's secret ({@link io.phasewise.domain.alert.WebhookSignature}).
 *   <li><b>Delivery</b>: one event for one subscription ({@link io.phasewise.domain.alert.WebhookDelivery});
 *       its id is created once and sent as {@code Idempotency-Key} on every attempt, so delivery is at
 *       least once with a stable key: exactly once for a receiver that honours the key.
 *   <li><b>Attempt</b>: one POST of a delivery with the receiver's status code or the error
 *       ({@link io.phasewise.domain.alert.WebhookAttempt}).
 *   <li><b>Retry policy</b>: 2xx delivers; 410 Gone fails at once and deactivates the subscription;
 *       anything else is retried with exponential backoff until the attempts run out
 *       ({@link io.phasewise.domain.alert.RetryPolicy}).
 * </ul>
 */
package io.phasewise.domain.alert;
