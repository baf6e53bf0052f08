package io.phasewise.application.alert.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.alert.port.in.WebhookDeliveryLog;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.RetryPolicy;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookResponse;
import io.phasewise.domain.alert.WebhookSecret;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the outbox and delivery log passes (fake and database); each test starts empty. */
public abstract class WebhookOutboxPortContract {
  private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(1);

  protected abstract WebhookOutboxPort outbox();

  protected abstract LoadWebhookDeliveriesPort log();

  protected abstract WebhookSubscriptionsPort subscriptions();

  protected abstract UserId newUser();

  protected abstract AssetId newAsset(String symbol);

  /** Writes an event to the outbox as the phase recorder does, and returns it as stored. */
  protected abstract OutboxEvent append(AssetId asset, Phase from, Phase to, Instant changedAt, Instant createdAt);

  private AssetId asset;
  private WebhookSubscription subscription;

  /** Empties the store; runs before each test's own rows are written. */
  protected void startEmpty() {}

  @BeforeEach
  void oneAssetAndSubscription() {
    startEmpty();
    asset = newAsset("AAPL");
    subscription = subscribe();
  }

  private WebhookSubscription subscribe() {
    WebhookSubscription s = WebhookSubscription.create(WebhookSubscriptionId.random(), newUser(),
        URI.create("https://hooks.example.com/x"), WebhookSecret.generate(new SecureRandom()), "", List.of(), List.of(), T0);
    subscriptions().add(s);
    return s;
  }

  private WebhookDelivery delivered(OutboxEvent event, WebhookSubscription to, Instant at) {
    WebhookDelivery d = WebhookDelivery.pending(UUID.randomUUID(), to.id(), event.id(), at);
    assertThat(outbox().addDeliveries(List.of(d))).isEqualTo(1);
    return d;
  }

  @Test
  void pending_events_come_oldest_first_up_to_the_limit_until_fanned_out() {
    OutboxEvent second = append(asset, Phase.COOP, Phase.DEFECT, T0.plusSeconds(86_400), T0.plusSeconds(10));
    OutboxEvent first = append(asset, null, Phase.COOP, T0, T0);
    OutboxEvent third = append(asset, Phase.DEFECT, Phase.FORGIVE, T0.plusSeconds(172_800), T0.plusSeconds(20));

    assertThat(outbox().lockPendingEvents(2)).containsExactly(first, second);
    outbox().markFannedOut(List.of(first.id(), second.id()), T0.plusSeconds(30));
    assertThat(outbox().lockPendingEvents(10)).containsExactly(third);
  }

  @Test
  void a_second_delivery_of_the_same_event_to_the_same_subscription_is_not_stored() {
    OutboxEvent event = append(asset, null, Phase.COOP, T0, T0);
    WebhookDelivery d = delivered(event, subscription, T0);
    WebhookSubscription other = subscribe();

    int added = outbox().addDeliveries(List.of(WebhookDelivery.pending(UUID.randomUUID(), subscription.id(), event.id(), T0),
        WebhookDelivery.pending(UUID.randomUUID(), other.id(), event.id(), T0)));

    assertThat(added).isEqualTo(1);
    assertThat(log().deliveries(subscription.id(), PageRequest.first(10)).items())
        .extracting(WebhookDeliveryLog::delivery).containsExactly(d);
  }

  @Test
  void the_longest_due_delivery_is_claimed_with_its_payload_and_not_again_before_its_lease_ends() {
    OutboxEvent event = append(asset, null, Phase.COOP, T0, T0);
    OutboxEvent later = append(asset, Phase.COOP, Phase.DEFECT, T0.plusSeconds(86_400), T0.plusSeconds(1));
    WebhookDelivery old = delivered(event, subscription, T0);
    delivered(later, subscription, T0.plusSeconds(5));

    assertThat(outbox().claimNextDue(T0.minusSeconds(1), T0.plus(LEASE))).isEmpty();
    DueDelivery claimed = outbox().claimNextDue(T0.plusSeconds(1), T0.plusSeconds(1).plus(LEASE)).orElseThrow();

    assertThat(claimed.delivery()).isEqualTo(old);
    assertThat(claimed.payload()).isEqualTo(event.payload());
    assertThat(outbox().claimNextDue(T0.plusSeconds(2), T0.plusSeconds(2).plus(LEASE))).isEmpty();
    DueDelivery next = outbox().claimNextDue(T0.plusSeconds(5), T0.plusSeconds(5).plus(LEASE)).orElseThrow();
    assertThat(next.delivery().event()).isEqualTo(later.id());
    DueDelivery again = outbox().claimNextDue(T0.plusSeconds(1).plus(LEASE), T0.plus(LEASE).plus(LEASE)).orElseThrow();
    assertThat(again.delivery().id()).as("an unrecorded claim runs out and the same delivery is due again").isEqualTo(old.id());
    assertThat(again.delivery().attempts()).isZero();
  }

  @Test
  void attempts_are_recorded_once_each_with_the_new_state_and_logged_in_order() {
    OutboxEvent event = append(asset, Phase.COOP, Phase.DEFECT, T0, T0);
    WebhookDelivery d = delivered(event, subscription, T0);
    RetryPolicy retry = RetryPolicy.standard();
    WebhookAttempt first = new WebhookAttempt(1, T0.plusSeconds(1), WebhookResponse.failed("connect timed out", Duration.ofMillis(10_000)));
    WebhookDelivery afterFirst = d.after(retry.decide(1, first.response()), T0.plusSeconds(11));
    WebhookAttempt second = new WebhookAttempt(2, T0.plusSeconds(21), WebhookResponse.status(204, Duration.ofMillis(35)));
    WebhookDelivery afterSecond = afterFirst.after(retry.decide(2, second.response()), T0.plusSeconds(22));

    assertThat(outbox().recordAttempt(afterFirst, first)).isTrue();
    assertThat(outbox().recordAttempt(afterFirst, first)).as("the same attempt twice").isFalse();
    assertThat(outbox().recordAttempt(afterSecond, second)).isTrue();

    WebhookDeliveryLog entry = log().deliveries(subscription.id(), PageRequest.first(10)).items().get(0);
    assertThat(entry.delivery()).isEqualTo(afterSecond);
    assertThat(entry.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(entry.event()).isEqualTo(event);
    assertThat(entry.attempts()).containsExactly(first, second);
    assertThat(outbox().claimNextDue(T0.plusSeconds(100_000), T0.plusSeconds(200_000))).isEmpty();
  }

  @Test
  void the_log_is_newest_first_per_subscription_and_paged() {
    WebhookSubscription other = subscribe();
    for (int i = 0; i < 5; i++) {
      OutboxEvent event = append(asset, i % 2 == 0 ? Phase.COOP : Phase.DEFECT, i % 2 == 0 ? Phase.DEFECT : Phase.COOP,
          T0.plusSeconds(86_400L * i), T0.plusSeconds(i));
      delivered(event, subscription, T0.plusSeconds(i));
      if (i == 0) delivered(event, other, T0);
    }

    Page<WebhookDeliveryLog> page = log().deliveries(subscription.id(), new PageRequest(1, 2));

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).extracting(e -> e.delivery().createdAt()).containsExactly(T0.plusSeconds(3), T0.plusSeconds(2));
    assertThat(page.items()).allSatisfy(e -> assertThat(e.attempts()).isEmpty());
    assertThat(log().deliveries(other.id(), PageRequest.first(10)).total()).isEqualTo(1);
    assertThat(log().deliveries(WebhookSubscriptionId.random(), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void deleting_a_subscription_takes_its_deliveries_and_an_attempt_in_flight_is_not_recorded() {
    OutboxEvent event = append(asset, null, Phase.FORGIVE, T0, T0);
    WebhookDelivery d = delivered(event, subscription, T0);
    DueDelivery claimed = outbox().claimNextDue(T0, T0.plus(LEASE)).orElseThrow();

    subscriptions().delete(subscription.id());

    WebhookAttempt attempt = new WebhookAttempt(1, T0, WebhookResponse.status(200, Duration.ofMillis(3)));
    assertThat(outbox().recordAttempt(claimed.delivery().after(new RetryPolicy.Decision.Delivered(), T0), attempt)).isFalse();
    assertThat(log().deliveries(subscription.id(), PageRequest.first(10)).items()).isEmpty();
    assertThat(d.id()).isEqualTo(claimed.delivery().id());
  }
}
