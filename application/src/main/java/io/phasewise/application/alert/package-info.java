/**
 * Alert use cases, the home of every alert rule and notification channel; webhooks on phase transitions
 * are the first channel. Users manage their webhook subscriptions and read each one's delivery log; the
 * dispatcher fans newly recorded phase events out of the transactional outbox into one delivery per
 * matching active subscription, then POSTs due deliveries, signed, outside any database transaction,
 * and records every attempt. Delivery is at least once with a stable {@code Idempotency-Key}: a crash
 * between a POST and its record repeats that POST with the same key once the claim's lease runs out.
 */
package io.phasewise.application.alert;
