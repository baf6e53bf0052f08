package io.phasewise.adapters.providers.webhook;

import static io.phasewise.domain.alert.WebhookSubscriptionBuilder.aWebhook;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.alert.AlertPorts;
import io.phasewise.application.alert.AlertUseCases;
import io.phasewise.application.alert.WebhookTransport;
import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.alert.port.in.CreateWebhookCommand;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase.DeliveryReport;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.alert.port.in.ManageWebhooksUseCase;
import io.phasewise.application.alert.port.in.WebhookDeliveriesQuery;
import io.phasewise.application.alert.service.DispatchWebhooksService;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.testing.DirectTransactions;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryWebhookOutbox;
import io.phasewise.application.testing.InMemoryWebhookSubscriptions;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookRequest;
import io.phasewise.domain.alert.WebhookResponse;
import io.phasewise.domain.alert.WebhookSignature;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpWebhookSenderTest {
  private static final Instant T0 = Instant.parse("2025-06-30T12:00:00Z");
  private static final String PAYLOAD = "{\"type\": \"phase.transition\", \"symbol\": \"NVDA\", \"to\": \"DEFECT\", \"note\": \"é\"}";

  private final StubReceiver receiver = new StubReceiver();
  private final HttpWebhookSender sender = HttpWebhookSender.standard();

  @AfterEach
  void stop() {
    receiver.close();
  }

  private static WebhookRequest request(URI url) {
    WebhookSubscription subscription = aWebhook().postingTo(url).createdAt(T0).build();
    WebhookDelivery delivery = WebhookDelivery.pending(UUID.randomUUID(), subscription.id(), UUID.randomUUID(), T0);
    return WebhookRequest.of(subscription, delivery, PAYLOAD, Instant.now());
  }

  @Test
  void the_receiver_gets_the_body_byte_for_byte_every_header_and_a_signature_it_can_verify() {
    WebhookSubscription subscription = aWebhook().postingTo(receiver.url("/hooks/phasewise")).createdAt(T0).build();
    WebhookDelivery delivery = WebhookDelivery.pending(UUID.randomUUID(), subscription.id(), UUID.randomUUID(), T0);
    Instant sentAt = Instant.now();
    receiver.answer(202);

    WebhookResponse response = sender.send(WebhookRequest.of(subscription, delivery, PAYLOAD, sentAt));

    assertThat(response.statusCode()).isEqualTo(202);
    assertThat(response.isSuccess()).isTrue();
    assertThat(response.error()).isNull();
    StubReceiver.Received got = receiver.received().get(0);
    assertThat(got.method()).isEqualTo("POST");
    assertThat(got.path()).isEqualTo("/hooks/phasewise");
    assertThat(got.body()).isEqualTo(PAYLOAD.getBytes(StandardCharsets.UTF_8));
    assertThat(got.header("Content-Type")).isEqualTo("application/json");
    assertThat(got.header("Idempotency-Key")).isEqualTo(delivery.id().toString());
    assertThat(got.header("Phasewise-Event")).isEqualTo("phase.transition");
    assertThat(got.header("Phasewise-Delivery-Attempt")).isEqualTo("1");
    assertThat(got.header("User-Agent")).isEqualTo(HttpWebhookSender.USER_AGENT);
    assertThat(WebhookSignature.verify(got.header("Phasewise-Signature"), subscription.secret().value(), got.body(),
        Instant.now(), WebhookSignature.DEFAULT_TOLERANCE).get()).isEqualTo(Instant.ofEpochSecond(sentAt.getEpochSecond()));
  }

  @Test
  void an_error_status_is_reported_with_its_code() {
    receiver.answer(503);

    WebhookResponse response = sender.send(request(receiver.url("/x")));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.error()).isEqualTo("HTTP 503");
  }

  @Test
  void a_redirect_is_not_followed() {
    receiver.then(exchange -> {
      exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });

    WebhookResponse response = sender.send(request(receiver.url("/x")));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.error()).isEqualTo("HTTP 302: redirect to http://169.254.169.254/latest/meta-data not followed");
    assertThat(receiver.received()).hasSize(1);
  }

  @Test
  void a_receiver_that_does_not_answer_in_time_is_a_timeout() {
    HttpWebhookSender impatient = new HttpWebhookSender(Duration.ofSeconds(2), Duration.ofMillis(300));
    receiver.then(exchange -> {
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      StubReceiver.reply(exchange, 200);
    });

    WebhookResponse response = impatient.send(request(receiver.url("/slow")));

    assertThat(response.statusCode()).isNull();
    assertThat(response.error()).isEqualTo("no response within 300 ms");
    assertThat(response.elapsed()).isBetween(Duration.ofMillis(250), Duration.ofMillis(1_900));
  }

  @Test
  void a_receiver_streaming_an_endless_body_does_not_hold_the_sender() {
    receiver.then(exchange -> {
      exchange.sendResponseHeaders(200, 0); // chunked, never ends on its own
      try {
        for (int i = 0; i < 100; i++) {
          exchange.getResponseBody().write(new byte[8192]);
          exchange.getResponseBody().flush();
          Thread.sleep(50);
        }
      } catch (IOException | InterruptedException e) {
        // the sender hung up, as it should
      } finally {
        exchange.close();
      }
    });

    WebhookResponse response = new HttpWebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(2))
        .send(request(receiver.url("/stream")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.elapsed()).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void nobody_listening_is_a_failed_attempt_not_an_exception() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    WebhookResponse response = sender.send(request(URI.create("http://127.0.0.1:" + closedPort + "/x")));

    assertThat(response.statusCode()).isNull();
    assertThat(response.error()).startsWith("connection refused or unreachable");
  }

  @Test
  void the_dispatcher_retries_a_500_and_delivers_the_second_attempt_with_the_same_key() {
    MutableClock clock = new MutableClock(T0);
    InMemoryMarket market = new InMemoryMarket(clock);
    AssetId nvda = market.assets.insert(AssetProfile.of("NVDA", "Nvidia", AssetType.STOCK), T0).id();
    InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
    InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();
    AlertUseCases alerts = AlertUseCases.wire(new AlertPorts(subscriptions, outbox, outbox, new DirectTransactions()),
        market.ports, market.infra, new WebhookTransport(sender, new DnsHostResolver(), WebhookUrlPolicy.allowing(true, false),
            DispatchWebhooksService.Options.standard()));
    ManageWebhooksUseCase manage = alerts.manage();
    DispatchWebhooksUseCase dispatch = alerts.dispatch();
    UserId owner = new UserId(UUID.randomUUID());
    WebhookSubscription subscription = manage.create(new CreateWebhookCommand(owner,
        receiver.url("/hook").toString(), "", List.of(nvda), List.of())).get();
    outbox.append(new OutboxEvent(UUID.randomUUID(), nvda, Interval.D1, Phase.COOP, Phase.DEFECT, T0, PAYLOAD, T0));
    dispatch.fanOut();
    receiver.answer(500, 200);

    DeliveryReport first = dispatch.deliverDue(clock.instant());
    clock.advance(Duration.ofSeconds(10));
    DeliveryReport second = dispatch.deliverDue(clock.instant());

    assertThat(first).isEqualTo(new DeliveryReport(1, 0, 1, 0));
    assertThat(second).isEqualTo(new DeliveryReport(1, 1, 0, 0));
    List<StubReceiver.Received> got = receiver.received();
    assertThat(got).hasSize(2);
    assertThat(got.get(1).header("Idempotency-Key")).isEqualTo(got.get(0).header("Idempotency-Key"));
    assertThat(got).extracting(r -> r.header("Phasewise-Delivery-Attempt")).containsExactly("1", "2");
    WebhookDeliveryLog log = alerts.deliveries().deliveries(new WebhookDeliveriesQuery(owner, subscription.id(), PageRequest.first(10))).get().items().get(0);
    assertThat(log.delivery().status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(log.attempts()).extracting(WebhookAttempt::statusCode).containsExactly(500, 200);
  }

  @Test
  void the_strict_policy_refuses_the_loopback_receiver_before_anything_is_sent() {
    DnsHostResolver dns = new DnsHostResolver();

    assertThat(WebhookUrlPolicy.publicOnly().check(receiver.url("/x"), dns.resolve("127.0.0.1")).getLeft())
        .contains("127.0.0.1 is a loopback address");
    assertThat(dns.resolve("localhost")).isNotEmpty().allSatisfy(a -> assertThat(a.isLoopbackAddress()).isTrue());
    assertThat(dns.resolve("[::1]")).containsExactly(ipv6Loopback());
    assertThat(dns.resolve(" ")).isEmpty();
    assertThat(receiver.received()).isEmpty();
  }

  private static InetAddress ipv6Loopback() {
    try {
      return InetAddress.getByName("::1");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
