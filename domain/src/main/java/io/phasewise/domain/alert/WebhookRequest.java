package io.phasewise.domain.alert;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One POST of a delivery, ready to send: the subscription's URL, the headers and the event's JSON
 * body exactly as stored in the outbox. Headers: {@code Content-Type: application/json},
 * {@code Idempotency-Key: <delivery id>} (the same on every attempt), {@code Phasewise-Event:
 * phase.transition}, {@code Phasewise-Delivery-Attempt: <n>} and {@code Phasewise-Signature}.
 */
public record WebhookRequest(URI url, Map<String, String> headers, String body) {
  public static final String CONTENT_TYPE = "Content-Type";
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  public static final String EVENT = "Phasewise-Event";
  public static final String ATTEMPT = "Phasewise-Delivery-Attempt";
  /** The event type of a phase transition. */
  public static final String PHASE_TRANSITION = "phase.transition";

  public WebhookRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** Attempt {@code delivery.nextAttemptNumber()} of {@code delivery} to {@code subscription}, signed at {@code now}. */
  public static WebhookRequest of(WebhookSubscription subscription, WebhookDelivery delivery, String payload, Instant now) {
    if (!delivery.subscription().equals(subscription.id())) {
      throw new IllegalArgumentException("delivery " + delivery.id() + " is not for subscription " + subscription.id());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CONTENT_TYPE, "application/json");
    headers.put(IDEMPOTENCY_KEY, delivery.id().toString());
    headers.put(EVENT, PHASE_TRANSITION);
    headers.put(ATTEMPT, Integer.toString(delivery.nextAttemptNumber()));
    headers.put(WebhookSignature.HEADER, WebhookSignature.sign(subscription.secret(), now, payload.getBytes(StandardCharsets.UTF_8)));
    return new WebhookRequest(subscription.url(), headers, payload);
  }

  /** The body as sent: UTF-8. */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
