package io.phasewise.adapters.rest.alert;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One delivery of a webhook with its event and every attempt, as the delivery log shows it. */
@Schema(name = "WebhookDelivery")
record WebhookDeliveryJson(
    @Schema(description = "the Idempotency-Key sent with every attempt") String id,
    @Schema(description = "PENDING, DELIVERED or FAILED") String status,
    int attemptCount,
    @Schema(description = "when the next attempt is due; only while PENDING") Instant nextAttemptAt,
    Instant createdAt,
    Instant finishedAt,
    EventJson event,
    List<AttemptJson> attempts) {

  /** The phase event delivered. */
  @Schema(name = "WebhookEvent")
  record EventJson(
      String id,
      long asset,
      @Schema(example = "1d") String interval,
      @Schema(description = "null for an asset's first phase") String from,
      String to,
      Instant changedAt,
      @JsonRawValue @Schema(type = "object", description = "the JSON body POSTed") String payload) {

    static EventJson of(OutboxEvent e) {
      return new EventJson(e.id().toString(), e.asset().value(), e.interval().code(), e.from() == null ? null : e.from().code(),
          e.to().code(), e.changedAt(), e.payload());
    }
  }

  /** One POST: the receiver's status code, or the error when there was no answer. */
  @Schema(name = "WebhookAttempt")
  record AttemptJson(int attempt, Instant attemptedAt, Integer statusCode, String error, long durationMs) {
    static AttemptJson of(WebhookAttempt a) {
      return new AttemptJson(a.number(), a.attemptedAt(), a.statusCode(), a.error(), a.duration().toMillis());
    }
  }

  static WebhookDeliveryJson of(WebhookDeliveryLog log) {
    WebhookDelivery d = log.delivery();
    return new WebhookDeliveryJson(d.id().toString(), d.status().code(), d.attempts(), d.nextAttemptAt(), d.createdAt(),
        d.finishedAt(), EventJson.of(log.event()), log.attempts().stream().map(AttemptJson::of).toList());
  }
}
