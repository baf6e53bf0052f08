package io.phasewise.adapters.persistence.alert;

import static io.phasewise.domain.alert.WebhookSubscriptionBuilder.aWebhook;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.application.alert.AlertUseCases;
import io.phasewise.application.alert.WebhookTransport;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.DeliveryReport;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.FanOutReport;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.alert.port.out.DueDelivery;
import io.phasewise.application.alert.port.out.SendWebhookPort;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.application.testing.RecordingWebhookSender;
import io.phasewise.application.testing.StaticHostResolver;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.RetryPolicy;
import io.phasewise.domain.alert.WebhookResponse;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dispatcher on PostgreSQL: row locks that others skip, and the two transactions around a POST. */
class PostgresWebhookDispatchTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

  private final AlertRows rows = new AlertRows(DB);
  private final MutableClock clock = new MutableClock(T0);
  private final StaticHostResolver resolver = new StaticHostResolver().register("hooks.example.com", "203.0.113.10");
  private final RecordingWebhookSender sender = new RecordingWebhookSender();
  private final ExecutorService threads = Executors.newFixedThreadPool(2);
  private WebhookSubscriptionsPort subscriptions;
  private WebhookOutboxPort outbox;
  private TransactionPort tx;
  private AssetId asset;

  @BeforeEach
  void startEmpty() {
    DB.truncate();
    subscriptions = DB.persistence().ports(AlertPersistence.MODULE).subscriptions();
    outbox = DB.persistence().ports(AlertPersistence.MODULE).outbox();
    tx = DB.persistence().transactions();
    asset = DB.newAsset("AAPL");
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private DispatchWebhooksUseCase dispatcher(int batch) {
    return dispatcher(sender, new DispatchWebhooksService.Options(batch, Duration.ofMinutes(1), 100, RetryPolicy.standard()));
  }

  /** The dispatcher wired on the real alert ports, sending through {@code sending}. */
  private DispatchWebhooksUseCase dispatcher(SendWebhookPort sending, DispatchWebhooksService.Options options) {
    PostgresPersistence db = DB.persistence();
    return AlertUseCases.wire(db.ports(AlertPersistence.MODULE), db.ports(MarketPersistence.MODULE),
        new Infrastructure(clock, UUID::randomUUID, System::nanoTime, 1),
        new WebhookTransport(sending, resolver, WebhookUrlPolicy.publicOnly(), options)).dispatch();
  }

  private WebhookSubscription subscribe(UserId owner) {
    WebhookSubscription s = aWebhook().ownedBy(owner).postingTo("https://hooks.example.com/" + owner).createdAt(T0).build();
    subscriptions.add(s);
    return s;
  }

  private List<OutboxEvent> events(int count) {
    List<OutboxEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(rows.appendEvent(asset, i % 2 == 0 ? Phase.COOP : Phase.DEFECT, i % 2 == 0 ? Phase.DEFECT : Phase.COOP,
          T0.plus(Duration.ofDays(i)), T0.plusMillis(i)));
    }
    return events;
  }

  @Test
  void events_locked_by_one_transaction_are_skipped_by_another() throws Exception {
    List<OutboxEvent> events = events(5);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch looked = new CountDownLatch(1);

    Future<List<OutboxEvent>> holder = threads.submit(() -> tx.inTransaction(() -> {
      List<OutboxEvent> mine = outbox.lockPendingEvents(2);
      locked.countDown();
      await(looked);
      return mine;
    }));
    locked.await(10, TimeUnit.SECONDS);
    List<OutboxEvent> seen = tx.inTransaction(() -> outbox.lockPendingEvents(10));
    looked.countDown();

    assertThat(holder.get(10, TimeUnit.SECONDS)).containsExactly(events.get(0), events.get(1));
    assertThat(seen).containsExactly(events.get(2), events.get(3), events.get(4));
  }

  @Test
  void a_delivery_claimed_by_one_transaction_is_skipped_by_another() throws Exception {
    WebhookSubscription s = subscribe(rows.newUser());
    events(2);
    assertThat(dispatcher(10).fanOut()).isEqualTo(new FanOutReport(2, 2));
    CountDownLatch claimed = new CountDownLatch(1);
    CountDownLatch looked = new CountDownLatch(1);

    Future<Optional<DueDelivery>> holder = threads.submit(() -> tx.inTransaction(() -> {
      Optional<DueDelivery> mine = outbox.claimNextDue(T0, T0.plusSeconds(60), Set.of());
      claimed.countDown();
      await(looked);
      return mine;
    }));
    claimed.await(10, TimeUnit.SECONDS);
    Optional<DueDelivery> other = tx.inTransaction(() -> outbox.claimNextDue(T0, T0.plusSeconds(60), Set.of()));
    looked.countDown();

    assertThat(holder.get(10, TimeUnit.SECONDS)).isPresent();
    assertThat(other).isPresent();
    assertThat(other.get().delivery().id()).isNotEqualTo(holder.get().get().delivery().id());
    assertThat(other.get().delivery().subscription()).isEqualTo(s.id());
  }

  @Test
  void two_concurrent_fan_outs_create_each_delivery_once() throws Exception {
    List<WebhookSubscription> subs = List.of(subscribe(rows.newUser()), subscribe(rows.newUser()), subscribe(rows.newUser()));
    events(200);
    CyclicBarrier start = new CyclicBarrier(2);
    Callable<FanOutReport> fanOut = () -> {
      start.await(10, TimeUnit.SECONDS);
      return dispatcher(7).fanOut();
    };

    Future<FanOutReport> a = threads.submit(fanOut);
    Future<FanOutReport> b = threads.submit(fanOut);
    FanOutReport first = a.get(60, TimeUnit.SECONDS);
    FanOutReport second = b.get(60, TimeUnit.SECONDS);

    assertThat(first.events() + second.events()).isEqualTo(200);
    assertThat(first.deliveries() + second.deliveries()).isEqualTo(600);
    assertThat(DB.queryLong("SELECT count(*) FROM webhook_deliveries")).isEqualTo(600);
    assertThat(DB.queryLong("SELECT count(DISTINCT (subscription_id, event_id)) FROM webhook_deliveries")).isEqualTo(600);
    assertThat(DB.queryLong("SELECT count(*) FROM phase_events WHERE fanned_out_at IS NULL")).isZero();
    assertThat(subs).allSatisfy(s -> assertThat(DB.queryLong(
        "SELECT count(*) FROM webhook_deliveries WHERE subscription_id = '" + s.id() + "'")).isEqualTo(200));
  }

  @Test
  void a_delivery_is_posted_outside_the_transactions_and_recorded_and_410_deactivates_on_postgres() {
    WebhookSubscription kept = subscribe(rows.newUser());
    WebhookSubscription gone = subscribe(rows.newUser());
    events(1);
    dispatcher(10).fanOut();
    // deliveries are claimed in (next attempt, creation, random id) order: answer by URL, not by turn
    RecordingWebhookSender byUrl = new RecordingWebhookSender();
    DispatchWebhooksUseCase answering = dispatcher(
        request -> request.url().equals(gone.url())
            ? WebhookResponse.status(410, Duration.ofMillis(4))
            : byUrl.send(request),
        DispatchWebhooksService.Options.standard());

    DeliveryReport report = answering.deliverDue(T0);

    assertThat(report).isEqualTo(new DeliveryReport(2, 1, 0, 1));
    assertThat(byUrl.requests()).hasSize(1);
    var keptLog = DB.persistence().ports(AlertPersistence.MODULE).deliveries().deliveries(kept.id(), PageRequest.first(10)).items().get(0);
    assertThat(keptLog.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(keptLog.attempts()).hasSize(1);
    assertThat(keptLog.attempts().get(0).statusCode()).isEqualTo(200);
    WebhookSubscription deactivated = subscriptions.find(gone.id()).orElseThrow();
    assertThat(deactivated.active()).isFalse();
    assertThat(deactivated.version()).isEqualTo(1);
    assertThat(DB.queryLong("SELECT count(*) FROM webhook_deliveries WHERE status = 'FAILED'")).isEqualTo(1);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("timed out");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
