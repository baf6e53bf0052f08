package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.alert.port.in.CreateWebhookCommand;
import io.phasewise.application.alert.port.in.WebhookDeliveriesQuery;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.WebhookSignature;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.shared.Failure;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wired application on its embedded PostgreSQL: a phase event written to the outbox reaches a
 * local receiver signed, through the scheduled dispatcher, the real sender and name resolution.
 */
class WebhookEndToEndTest {
  @TempDir
  Path home;

  /** One request as the receiver saw it. */
  private record Received(Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
          .map(e -> e.getValue().get(0)).orElse(null);
    }
  }

  @Test
  @SuppressWarnings("try") // the dispatcher runs in the background while the block waits; closing it stops it
  void a_phase_event_in_the_outbox_is_posted_signed_to_the_subscriber_and_logged() throws Exception {
    BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), in.readAllBytes()));
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(),
        "PHASEWISE_WEBHOOKS_ALLOW_LOOPBACK", "true"));
    try (Phasewise app = Phasewise.start(settings)) {
      UserId owner = insertUser(app);
      Asset asset = app.useCases().market().registerAsset().register(new RegisterAssetCommand(AssetProfile.of("HOOK", "Hook", AssetType.STOCK)))
          .get();
      WebhookSubscription subscription = app.useCases().alerts().manage()
          .create(new CreateWebhookCommand(owner, url, "e2e", List.of(asset.id()), List.of(Phase.DEFECT))).get();
      Failure privateRefused = app.useCases().alerts().manage()
          .create(new CreateWebhookCommand(owner, "http://10.0.0.1/hook", "", List.of(), List.of())).getLeft();
      assertThat(privateRefused).isInstanceOf(Failure.InvalidInput.class);
      String payload = insertEvent(app, asset.id().value());

      try (WebhookDispatcher dispatcher = WebhookDispatcher.start(app.useCases().alerts().dispatch(), Duration.ofMillis(100),
          Clock.systemUTC())) {
        Received request = received.poll(30, TimeUnit.SECONDS);

        assertThat(request).as("the receiver was called").isNotNull();
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(payload);
        assertThat(request.header("Phasewise-Event")).isEqualTo("phase.transition");
        assertThat(request.header("Phasewise-Delivery-Attempt")).isEqualTo("1");
        assertThat(WebhookSignature.verify(request.header("Phasewise-Signature"), subscription.secret().value(),
            request.body(), Instant.now(), WebhookSignature.DEFAULT_TOLERANCE).isRight()).isTrue();
        WebhookDeliveryLog log = awaitFinished(app, owner, subscription);
        assertThat(log.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(log.delivery().id().toString()).isEqualTo(request.header("Idempotency-Key"));
        assertThat(log.attempts()).hasSize(1);
        assertThat(log.attempts().get(0).statusCode()).isEqualTo(204);
      }
    } finally {
      receiver.stop(0);
    }
  }

  /**
   * Owner A's receiver holds each request open until owner B's receiver has been called (up to 9 s, as the
   * slow receivers of the report did). Delivered one at a time, B's delivery would wait behind A's.
   */
  @Test
  @SuppressWarnings("try") // the dispatcher runs in the background while the block waits; closing it stops it
  void a_slow_receiver_holds_up_only_its_own_deliveries() throws Exception {
    CountDownLatch fastCalled = new CountDownLatch(1);
    CountDownLatch slowCalledTwice = new CountDownLatch(2);
    BlockingQueue<Boolean> slowSawFast = new LinkedBlockingQueue<>();
    AtomicInteger slowOpen = new AtomicInteger();
    AtomicInteger slowMostOpen = new AtomicInteger();
    HttpServer slow = receiver(() -> {
      slowMostOpen.accumulateAndGet(slowOpen.incrementAndGet(), Math::max);
      slowCalledTwice.countDown();
      try {
        slowSawFast.add(fastCalled.await(9, TimeUnit.SECONDS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      slowOpen.decrementAndGet();
    });
    HttpServer fast = receiver(fastCalled::countDown);
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(),
        "PHASEWISE_WEBHOOKS_ALLOW_LOOPBACK", "true"));
    try (Phasewise app = Phasewise.start(settings)) {
      long slowAsset = subscribed(app, "SLOW", slow);
      long fastAsset = subscribed(app, "FAST", fast);
      insertEvent(app, slowAsset);
      insertEvent(app, slowAsset);

      try (WebhookDispatcher dispatcher = WebhookDispatcher.start(app.useCases().alerts().dispatch(), Duration.ofMillis(100),
          Clock.systemUTC())) {
        waitUntil(() -> slowOpen.get() > 0);
        insertEvent(app, fastAsset);

        assertThat(slowSawFast.poll(30, TimeUnit.SECONDS)).as("B was called while A's first request was held").isTrue();
        assertThat(slowCalledTwice.await(30, TimeUnit.SECONDS)).as("A's second delivery went out after").isTrue();
        assertThat(slowMostOpen.get()).as("never two requests open to one subscription").isEqualTo(1);
      }
    } finally {
      slow.stop(0);
      fast.stop(0);
    }
  }

  /** A receiver on loopback that runs {@code onRequest} for each POST (on threads of its own) and answers 204. */
  private static HttpServer receiver(Runnable onRequest) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/hook", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        in.readAllBytes();
      }
      onRequest.run();
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  /** A new user subscribed with {@code receiver} to the transitions of a new asset; the asset's id. */
  private static long subscribed(Phasewise app, String symbol, HttpServer receiver) throws Exception {
    UserId owner = insertUser(app);
    Asset asset = app.useCases().market().registerAsset()
        .register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK))).get();
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    app.useCases().alerts().manage().create(new CreateWebhookCommand(owner, url, symbol, List.of(asset.id()),
        List.of(Phase.DEFECT))).get();
    return asset.id().value();
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) Thread.sleep(100);
    assertThat(condition.getAsBoolean()).as("waited 30 s").isTrue();
  }

  private static WebhookDeliveryLog awaitFinished(Phasewise app, UserId owner, WebhookSubscription subscription)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      List<WebhookDeliveryLog> items = app.useCases().alerts().deliveries().deliveries(new WebhookDeliveriesQuery(owner, subscription.id(), PageRequest.first(5)))
          .get().items();
      if (!items.isEmpty() && items.get(0).delivery().status() != DeliveryStatus.PENDING) return items.get(0);
      Thread.sleep(100);
    }
    throw new AssertionError("the delivery was not recorded");
  }

  /** Users are another slice's; the test writes the row the subscription needs. */
  private static UserId insertUser(Phasewise app) throws Exception {
    UUID id = UUID.randomUUID();
    try (Connection c = app.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO users (id, version, email, created_at, updated_at) VALUES (?, 0, ?, now(), now())")) {
      insert.setObject(1, id);
      insert.setString(2, "e2e-" + id + "@example.com");
      insert.executeUpdate();
    }
    return UserId.of(id);
  }

  /** Writes a transition event to the outbox as the phase recorder does; returns the body as stored. */
  private static String insertEvent(Phasewise app, long asset) throws Exception {
    try (Connection c = app.dataSource().getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO phase_events (id, asset_id, interval, from_phase, to_phase,"
            + " changed_at, payload) VALUES (?, ?, '1d', 'COOP', 'DEFECT', now(), ?::jsonb) RETURNING payload::text")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setLong(2, asset);
      insert.setString(3, "{\"type\":\"phase.transition\",\"symbol\":\"HOOK\",\"from\":\"COOP\",\"to\":\"DEFECT\"}");
      try (var stored = insert.executeQuery()) {
        stored.next();
        return stored.getString(1);
      }
    }
  }
}
