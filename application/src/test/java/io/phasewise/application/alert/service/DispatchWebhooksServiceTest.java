package io.phasewise.application.alert.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.alert.port.in.CreateWebhookCommand;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.DeliveryReport;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.FanOutReport;
import io.phasewise.application.alert.port.in.UpdateWebhookCommand;
import io.phasewise.application.alert.port.in.WebhookDeliveriesQuery;
import io.phasewise.application.alert.port.out.DueDelivery;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.testing.InMemoryWebhooks;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.RetryPolicy;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookRequest;
import io.phasewise.domain.alert.WebhookSignature;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.phase.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DispatchWebhooksServiceTest extends WebhookServicesFixture {
  private final AssetId spy = assets.insert(AssetProfile.of("SPY", "S&P 500", AssetType.ETF), T0).id();

  private WebhookSubscription subscribe(List<AssetId> assetFilter, List<Phase> phaseFilter) {
    return webhooks.useCases.manage().create(new CreateWebhookCommand(alice, URL, "", assetFilter, phaseFilter)).get();
  }

  private OutboxEvent transition(AssetId asset, Phase from, Phase to) {
    return webhooks.recordTransition(asset, from, to, T0.minus(Duration.ofDays(1)), clock.instant());
  }

  private List<WebhookDelivery> deliveriesOf(WebhookSubscription s) {
    return webhooks.outbox.deliveriesOf(s.id());
  }

  private List<WebhookDeliveryLog> logOf(WebhookSubscription s) {
    return webhooks.useCases.deliveries().deliveries(new WebhookDeliveriesQuery(alice, s.id(), PageRequest.first(100))).get().items();
  }

  @Test
  void fan_out_makes_one_delivery_per_matching_active_subscription_and_marks_the_event() {
    WebhookSubscription everything = subscribe(List.of(), List.of());
    WebhookSubscription aaplDefects = subscribe(List.of(aapl), List.of(Phase.DEFECT));
    WebhookSubscription spyOnly = subscribe(List.of(spy), List.of());
    WebhookSubscription paused = subscribe(List.of(), List.of());
    webhooks.useCases.manage().update(new UpdateWebhookCommand(alice, paused.id(), URL, "", List.of(), List.of(), false,
        OptionalLong.empty())).get();
    OutboxEvent defect = transition(aapl, Phase.COOP, Phase.DEFECT);
    OutboxEvent coop = transition(aapl, Phase.DEFECT, Phase.COOP);

    FanOutReport report = webhooks.useCases.dispatch().fanOut();

    assertThat(report).isEqualTo(new FanOutReport(2, 3));
    assertThat(deliveriesOf(everything)).extracting(WebhookDelivery::event).containsExactlyInAnyOrder(defect.id(), coop.id());
    assertThat(deliveriesOf(aaplDefects)).extracting(WebhookDelivery::event).containsExactly(defect.id());
    assertThat(deliveriesOf(spyOnly)).isEmpty();
    assertThat(deliveriesOf(paused)).as("an inactive subscription gets nothing").isEmpty();
    assertThat(deliveriesOf(everything)).allSatisfy(d -> {
      assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
      assertThat(d.nextAttemptAt()).isEqualTo(T0);
    });
    assertThat(webhooks.outbox.fannedOutAt(defect.id())).contains(T0);
    assertThat(webhooks.useCases.dispatch().fanOut()).isEqualTo(new FanOutReport(0, 0));
  }

  @Test
  void fan_out_works_through_the_outbox_in_batches_until_it_is_empty() {
    InMemoryWebhooks small = new InMemoryWebhooks(market, WebhookUrlPolicy.publicOnly(),
        new DispatchWebhooksService.Options(2, Duration.ofMinutes(1), 100, RetryPolicy.standard()));
    small.resolver.register("hooks.example.com", "203.0.113.10");
    WebhookSubscription s = small.useCases.manage().create(new CreateWebhookCommand(alice, URL, "", List.of(), List.of())).get();
    for (int i = 0; i < 5; i++) {
      small.recordTransition(aapl, i % 2 == 0 ? Phase.COOP : Phase.DEFECT, i % 2 == 0 ? Phase.DEFECT : Phase.COOP,
          T0.plusSeconds(i), T0.plusSeconds(i));
    }

    int before = small.tx.started();

    assertThat(small.useCases.dispatch().fanOut()).isEqualTo(new FanOutReport(5, 5));
    assertThat(small.outbox.deliveriesOf(s.id())).hasSize(5);
    assertThat(small.tx.started() - before).as("one transaction per batch: 2 + 2 + 1 events").isEqualTo(3);
  }

  @Test
  void a_due_delivery_is_posted_signed_with_its_key_and_recorded_as_delivered() {
    WebhookSubscription s = subscribe(List.of(), List.of());
    OutboxEvent event = transition(aapl, null, Phase.COOP);
    webhooks.useCases.dispatch().fanOut();
    clock.advance(Duration.ofSeconds(3));

    DeliveryReport report = webhooks.useCases.dispatch().deliverDue(clock.instant());

    assertThat(report).isEqualTo(new DeliveryReport(1, 1, 0, 0));
    WebhookRequest sent = webhooks.sender.requests().get(0);
    WebhookDelivery delivery = deliveriesOf(s).get(0);
    assertThat(sent.url()).hasToString(URL);
    assertThat(sent.body()).isEqualTo(event.payload());
    assertThat(sent.headers()).containsEntry("Idempotency-Key", delivery.id().toString())
        .containsEntry("Phasewise-Event", "phase.transition")
        .containsEntry("Phasewise-Delivery-Attempt", "1")
        .containsEntry("Content-Type", "application/json");
    assertThat(WebhookSignature.verify(sent.headers().get("Phasewise-Signature"), s.secret().value(), sent.bodyBytes(),
        clock.instant(), WebhookSignature.DEFAULT_TOLERANCE).get()).isEqualTo(T0.plusSeconds(3));
    assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(delivery.finishedAt()).isEqualTo(T0.plusSeconds(3));
    WebhookDeliveryLog log = logOf(s).get(0);
    assertThat(log.attempts()).extracting(WebhookAttempt::number, WebhookAttempt::statusCode).containsExactly(
        tuple(1, 200));
    assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant().plusSeconds(3600))).isEqualTo(new DeliveryReport(0, 0, 0, 0));
  }

  @Test
  void failures_are_retried_on_the_backoff_schedule_with_the_same_key_and_given_up_after_eight() {
    WebhookSubscription s = subscribe(List.of(), List.of());
    transition(aapl, Phase.COOP, Phase.DEFECT);
    webhooks.useCases.dispatch().fanOut();
    webhooks.sender.answer(500, 502, 503, 500).failNext("connect timed out").answer(429, 404, 500);

    long[] expectedDelays = {10, 20, 40, 80, 160, 320, 640};
    for (int attempt = 1; attempt <= 8; attempt++) {
      assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant().minusMillis(1)).attempted()).as("not due early").isZero();
      DeliveryReport report = webhooks.useCases.dispatch().deliverDue(clock.instant());
      assertThat(report.attempted()).isEqualTo(1);
      WebhookDelivery d = deliveriesOf(s).get(0);
      assertThat(d.attempts()).isEqualTo(attempt);
      if (attempt < 8) {
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(Duration.between(clock.instant(), d.nextAttemptAt())).hasSeconds(expectedDelays[attempt - 1]);
        clock.set(d.nextAttemptAt());
      } else {
        assertThat(report.failed()).isEqualTo(1);
        assertThat(d.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(d.finishedAt()).isEqualTo(clock.instant());
      }
    }

    List<WebhookRequest> requests = webhooks.sender.requests();
    assertThat(requests).hasSize(8);
    assertThat(requests).extracting(r -> r.headers().get("Idempotency-Key")).containsOnly(deliveriesOf(s).get(0).id().toString());
    assertThat(requests).extracting(r -> r.headers().get("Phasewise-Delivery-Attempt"))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(logOf(s).get(0).attempts()).extracting(WebhookAttempt::error)
        .containsExactly("HTTP 500", "HTTP 502", "HTTP 503", "HTTP 500", "connect timed out", "HTTP 429", "HTTP 404", "HTTP 500");
    assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant().plus(Duration.ofDays(1))).attempted()).isZero();
  }

  @Test
  void gone_fails_the_delivery_at_once_and_deactivates_the_subscription() {
    WebhookSubscription s = subscribe(List.of(), List.of());
    transition(aapl, Phase.COOP, Phase.DEFECT);
    webhooks.useCases.dispatch().fanOut();
    webhooks.sender.answer(410);

    assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant())).isEqualTo(new DeliveryReport(1, 0, 0, 1));

    assertThat(deliveriesOf(s).get(0).status()).isEqualTo(DeliveryStatus.FAILED);
    WebhookSubscription after = webhooks.useCases.manage().get(alice, s.id()).get();
    assertThat(after.active()).isFalse();
    assertThat(after.version()).isEqualTo(1);
    transition(spy, Phase.COOP, Phase.DEFECT);
    assertThat(webhooks.useCases.dispatch().fanOut().deliveries()).isZero();
  }

  @Test
  void an_address_refused_at_send_time_is_not_posted_and_is_retried() {
    WebhookSubscription s = subscribe(List.of(), List.of());
    transition(aapl, Phase.COOP, Phase.DEFECT);
    webhooks.useCases.dispatch().fanOut();
    webhooks.resolver.register("hooks.example.com", "192.168.0.7");

    assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant())).isEqualTo(new DeliveryReport(1, 0, 1, 0));

    assertThat(webhooks.sender.requests()).isEmpty();
    WebhookAttempt attempt = logOf(s).get(0).attempts().get(0);
    assertThat(attempt.statusCode()).isNull();
    assertThat(attempt.error()).startsWith("not sent: ").contains("192.168.0.7 is a private-network address");
    webhooks.resolver.register("hooks.example.com", "203.0.113.10");
    clock.set(deliveriesOf(s).get(0).nextAttemptAt());
    assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant()).delivered()).isEqualTo(1);
  }

  @Test
  void a_delivery_whose_subscription_was_paused_after_fan_out_is_not_sent_and_fails() {
    WebhookSubscription s = subscribe(List.of(), List.of());
    transition(aapl, Phase.COOP, Phase.DEFECT);
    webhooks.useCases.dispatch().fanOut();
    webhooks.useCases.manage().update(new UpdateWebhookCommand(alice, s.id(), URL, "", List.of(), List.of(), false, OptionalLong.empty()));

    assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant())).isEqualTo(new DeliveryReport(1, 0, 0, 1));
    assertThat(webhooks.sender.requests()).isEmpty();
    assertThat(logOf(s).get(0).attempts().get(0).error()).isEqualTo("not sent: the subscription is inactive");
  }

  @Test
  void a_sender_that_throws_counts_as_a_failed_attempt() {
    WebhookSubscription s = subscribe(List.of(), List.of());
    transition(aapl, Phase.COOP, Phase.DEFECT);
    webhooks.useCases.dispatch().fanOut();
    webhooks.sender.crashAfterNext(new IllegalStateException("bug in the sender"));

    assertThat(webhooks.useCases.dispatch().deliverDue(clock.instant())).isEqualTo(new DeliveryReport(1, 0, 1, 0));
    assertThat(logOf(s).get(0).attempts().get(0).error()).contains("bug in the sender");
  }

  @Test
  void a_crash_between_the_post_and_its_record_repeats_the_post_with_the_same_key_after_the_lease() {
    FailingOnceOutbox outbox = new FailingOnceOutbox(webhooks.outbox);
    Duration lease = Duration.ofSeconds(30);
    DispatchWebhooksService crashing = new DispatchWebhooksService(webhooks.subscriptions, outbox, webhooks.sender,
        WebhookUrlPolicy.publicOnly(), webhooks.resolver, webhooks.tx, clock, UUID::randomUUID,
        DispatchWebhooksService.Options.standard().withLease(lease));
    WebhookSubscription s = subscribe(List.of(), List.of());
    transition(aapl, Phase.COOP, Phase.DEFECT);
    crashing.fanOut();

    assertThatThrownBy(() -> crashing.deliverDue(clock.instant())).isInstanceOf(PortUnavailableException.class);
    assertThat(webhooks.sender.requests()).hasSize(1);
    assertThat(crashing.deliverDue(clock.instant().plus(lease).minusSeconds(1)).attempted()).as("claimed until the lease ends").isZero();

    clock.advance(lease);
    assertThat(crashing.deliverDue(clock.instant())).isEqualTo(new DeliveryReport(1, 1, 0, 0));

    List<WebhookRequest> posts = webhooks.sender.requests();
    assertThat(posts).hasSize(2);
    assertThat(posts.get(1).headers().get("Idempotency-Key")).isEqualTo(posts.get(0).headers().get("Idempotency-Key"));
    assertThat(posts.get(1).headers().get("Phasewise-Delivery-Attempt")).isEqualTo("1");
    assertThat(logOf(s).get(0).attempts()).hasSize(1);
  }

  /** An outbox whose first attempt record fails, as if the process died right after the POST. */
  private static final class FailingOnceOutbox implements WebhookOutboxPort {
    private final WebhookOutboxPort delegate;
    private final AtomicBoolean failed = new AtomicBoolean();

    FailingOnceOutbox(WebhookOutboxPort delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<OutboxEvent> lockPendingEvents(int limit) {
      return delegate.lockPendingEvents(limit);
    }

    @Override
    public int addDeliveries(Collection<WebhookDelivery> deliveries) {
      return delegate.addDeliveries(deliveries);
    }

    @Override
    public void markFannedOut(Collection<UUID> events, Instant at) {
      delegate.markFannedOut(events, at);
    }

    @Override
    public Optional<DueDelivery> claimNextDue(Instant now, Instant leaseUntil, Set<WebhookSubscriptionId> skip) {
      return delegate.claimNextDue(now, leaseUntil, skip);
    }

    @Override
    public boolean recordAttempt(WebhookDelivery after, WebhookAttempt attempt) {
      if (failed.compareAndSet(false, true)) throw new PortUnavailableException("database gone", null);
      return delegate.recordAttempt(after, attempt);
    }
  }
}
