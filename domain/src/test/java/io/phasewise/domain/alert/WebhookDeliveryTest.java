package io.phasewise.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final Duration MS = Duration.ofMillis(12);
  private final RetryPolicy policy = RetryPolicy.standard();
  private final WebhookDelivery fresh = WebhookDelivery.pending(UUID.randomUUID(), new WebhookSubscriptionId(UUID.randomUUID()),
      UUID.randomUUID(), T0);

  @Test
  void a_new_delivery_is_due_at_once_with_no_attempts() {
    assertThat(fresh.status()).isEqualTo(DeliveryStatus.PENDING);
    assertThat(fresh.nextAttemptAt()).isEqualTo(T0);
    assertThat(fresh.attempts()).isZero();
    assertThat(fresh.nextAttemptNumber()).isEqualTo(1);
  }

  @Test
  void failures_reschedule_it_along_the_backoff_until_it_is_given_up() {
    WebhookDelivery d = fresh;
    Instant now = T0;
    for (int attempt = 1; attempt <= 7; attempt++) {
      d = d.after(policy.decide(d.nextAttemptNumber(), WebhookResponse.status(500, MS)), now);
      assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
      assertThat(d.attempts()).isEqualTo(attempt);
      assertThat(d.nextAttemptAt()).isEqualTo(now.plus(policy.delayAfter(attempt)));
      now = d.nextAttemptAt();
    }
    WebhookDelivery failed = d.after(policy.decide(d.nextAttemptNumber(), WebhookResponse.failed("timeout", MS)), now);

    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(8);
    assertThat(failed.nextAttemptAt()).isNull();
    assertThat(failed.finishedAt()).isEqualTo(now);
    assertThat(failed.id()).as("the idempotency key never changes").isEqualTo(fresh.id());
  }

  @Test
  void a_2xx_finishes_it_delivered() {
    WebhookDelivery done = fresh.after(policy.decide(1, WebhookResponse.status(204, MS)), T0.plusSeconds(1));

    assertThat(done.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(done.finishedAt()).isEqualTo(T0.plusSeconds(1));
    assertThatIllegalStateException().isThrownBy(() -> done.after(new RetryPolicy.Decision.Delivered(), T0));
  }

  @Test
  void status_next_attempt_and_finish_time_agree() {
    UUID id = UUID.randomUUID();
    WebhookSubscriptionId sub = new WebhookSubscriptionId(UUID.randomUUID());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WebhookDelivery(id, sub, id, DeliveryStatus.PENDING, 0, null, T0, null));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WebhookDelivery(id, sub, id, DeliveryStatus.DELIVERED, 1, T0, T0, T0));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WebhookDelivery(id, sub, id, DeliveryStatus.FAILED, 1, null, T0, null));
  }

  @Test
  void a_request_carries_the_stable_key_the_attempt_number_the_event_type_and_a_verifiable_signature() {
    WebhookSubscription subscription = WebhookSubscriptionBuilder.aWebhook().withId(fresh.subscription()).createdAt(T0).build();
    WebhookDelivery second = fresh.after(new RetryPolicy.Decision.RetryAfter(Duration.ofSeconds(10)), T0);
    String payload = "{\"type\":\"phase.transition\",\"symbol\":\"Ä\"}";

    WebhookRequest request = WebhookRequest.of(subscription, second, payload, T0.plusSeconds(10));

    assertThat(request.url()).isEqualTo(subscription.url());
    assertThat(request.headers()).containsEntry("Content-Type", "application/json")
        .containsEntry("Idempotency-Key", fresh.id().toString())
        .containsEntry("Phasewise-Event", "phase.transition")
        .containsEntry("Phasewise-Delivery-Attempt", "2");
    assertThat(request.bodyBytes()).isEqualTo(payload.getBytes(StandardCharsets.UTF_8));
    assertThat(WebhookSignature.verify(request.headers().get("Phasewise-Signature"), subscription.secret().value(),
        request.bodyBytes(), T0.plusSeconds(11), WebhookSignature.DEFAULT_TOLERANCE).isRight()).isTrue();
  }

  @Test
  void a_response_without_a_status_must_say_what_went_wrong() {
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookResponse.failed(" ", MS));
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookResponse.status(99, MS));
    assertThat(WebhookResponse.status(503, MS).error()).isEqualTo("HTTP 503");
    assertThat(WebhookResponse.status(200, MS).error()).isNull();
    assertThat(WebhookResponse.failed("x".repeat(5000), MS).error()).hasSize(WebhookResponse.MAX_ERROR);
  }
}
