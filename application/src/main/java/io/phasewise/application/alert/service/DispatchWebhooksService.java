package io.phasewise.application.alert.service;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.alert.port.out.DueDelivery;
import io.phasewise.application.alert.port.out.ResolveHostPort;
import io.phasewise.application.alert.port.out.SendWebhookPort;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.application.shared.IdGenerator;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.RetryPolicy;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookRequest;
import io.phasewise.domain.alert.WebhookResponse;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.alert.WebhookUrlPolicy;
import io.phasewise.domain.market.AssetId;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches webhooks from the outbox. Fan-out locks a batch of events (skipping those another
 * dispatcher holds), creates one delivery per matching active subscription with a fresh id, and
 * marks the events fanned out, all in one transaction. Delivery claims one due delivery at a time in
 * a short transaction that pushes its next attempt a lease into the future, POSTs it with no
 * transaction open, then records the attempt and the delivery's new state in a second transaction.
 * A crash after the POST and before the record leaves the claim to run out: the same delivery, with
 * the same {@code Idempotency-Key}, is POSTed again. Several threads may call {@link #deliverDue} at
 * once: a thread never claims a delivery of a subscription another thread of this service is POSTing
 * to, so a slow receiver holds up one thread and its own deliveries only.
 */
public final class DispatchWebhooksService implements DispatchWebhooksUseCase {
  private static final Logger LOG = LoggerFactory.getLogger(DispatchWebhooksService.class);

  /**
   * How the dispatcher works through its queues.
   *
   * @param fanOutBatch events fanned out per transaction
   * @param lease how long a claimed delivery is not due again; longer than a POST can take (connect and
   *     request timeouts) plus recording it
   * @param maxDeliveriesPerRun attempts made by one {@link #deliverDue} at most, so one run ends
   */
  public record Options(int fanOutBatch, Duration lease, int maxDeliveriesPerRun, RetryPolicy retry) {
    public Options {
      if (fanOutBatch < 1) throw new IllegalArgumentException("fan-out batch must be at least 1: " + fanOutBatch);
      Objects.requireNonNull(lease, "lease");
      if (lease.isNegative() || lease.isZero()) throw new IllegalArgumentException("lease must be positive: " + lease);
      if (maxDeliveriesPerRun < 1) throw new IllegalArgumentException("deliveries per run must be at least 1");
      Objects.requireNonNull(retry, "retry");
    }

    /** 100 events per fan-out transaction, a one-minute lease, 100 attempts per run, the standard retries. */
    public static Options standard() {
      return new Options(100, Duration.ofMinutes(1), 100, RetryPolicy.standard());
    }

    public Options withLease(Duration newLease) {
      return new Options(fanOutBatch, newLease, maxDeliveriesPerRun, retry);
    }
  }

  private final WebhookSubscriptionsPort subscriptions;
  private final WebhookOutboxPort outbox;
  private final SendWebhookPort sender;
  private final WebhookUrls urls;
  private final TransactionPort tx;
  private final Clock clock;
  private final Options options;
  private final IdGenerator ids;
  /** The subscriptions a thread is delivering to now; guarded by itself. */
  private final Set<WebhookSubscriptionId> inFlight = new HashSet<>();

  public DispatchWebhooksService(WebhookSubscriptionsPort subscriptions, WebhookOutboxPort outbox, SendWebhookPort sender,
      WebhookUrlPolicy policy, ResolveHostPort resolver, TransactionPort tx, Clock clock, IdGenerator ids, Options options) {
    this.subscriptions = subscriptions;
    this.outbox = outbox;
    this.sender = sender;
    this.urls = new WebhookUrls(policy, resolver);
    this.tx = tx;
    this.clock = clock;
    this.options = options;
    this.ids = ids;
  }

  @Override
  public FanOutReport fanOut() {
    int events = 0;
    int deliveries = 0;
    while (true) {
      FanOutReport batch = tx.inTransaction(this::fanOutBatch);
      events += batch.events();
      deliveries += batch.deliveries();
      if (batch.events() < options.fanOutBatch()) return new FanOutReport(events, deliveries);
    }
  }

  private FanOutReport fanOutBatch() {
    List<OutboxEvent> events = outbox.lockPendingEvents(options.fanOutBatch());
    if (events.isEmpty()) return new FanOutReport(0, 0);
    Set<AssetId> assets = events.stream().map(OutboxEvent::asset).collect(Collectors.toSet());
    List<WebhookSubscription> candidates = subscriptions.activeFor(assets);
    Instant now = clock.instant();
    List<WebhookDelivery> deliveries = new ArrayList<>();
    for (OutboxEvent event : events) {
      for (WebhookSubscription subscription : candidates) {
        if (subscription.matches(event.asset(), event.to())) {
          deliveries.add(WebhookDelivery.pending(ids.next(), subscription.id(), event.id(), now));
        }
      }
    }
    int added = outbox.addDeliveries(deliveries);
    outbox.markFannedOut(events.stream().map(OutboxEvent::id).toList(), now);
    return new FanOutReport(events.size(), added);
  }

  @Override
  public DeliveryReport deliverDue(Instant now) {
    int attempted = 0;
    int delivered = 0;
    int retrying = 0;
    int failed = 0;
    Instant leaseUntil = now.plus(options.lease());
    for (int i = 0; i < options.maxDeliveriesPerRun(); i++) {
      Optional<DueDelivery> due = claim(now, leaseUntil);
      if (due.isEmpty()) break;
      Optional<WebhookDelivery> after = attemptAndRelease(due.get());
      if (after.isEmpty()) continue;
      attempted++;
      DeliveryStatus status = after.get().status();
      if (status == DeliveryStatus.DELIVERED) delivered++;
      else if (status == DeliveryStatus.PENDING) retrying++;
      else failed++;
    }
    return new DeliveryReport(attempted, delivered, retrying, failed);
  }

  /** Claims the delivery due longest among the subscriptions no other thread is delivering to, and marks its subscription busy. */
  private Optional<DueDelivery> claim(Instant now, Instant leaseUntil) {
    synchronized (inFlight) {
      Set<WebhookSubscriptionId> busy = Set.copyOf(inFlight);
      Optional<DueDelivery> due = tx.inTransaction(() -> outbox.claimNextDue(now, leaseUntil, busy));
      due.ifPresent(d -> inFlight.add(d.delivery().subscription()));
      return due;
    }
  }

  private Optional<WebhookDelivery> attemptAndRelease(DueDelivery due) {
    try {
      return attempt(due);
    } finally {
      synchronized (inFlight) {
        inFlight.remove(due.delivery().subscription());
      }
    }
  }

  /** Makes the next attempt of a claimed delivery and records it; empty when there was nothing to record. */
  private Optional<WebhookDelivery> attempt(DueDelivery due) {
    WebhookDelivery delivery = due.delivery();
    Optional<WebhookSubscription> found = subscriptions.find(delivery.subscription());
    if (found.isEmpty()) return Optional.empty(); // deleted since: its deliveries went with it
    WebhookSubscription subscription = found.get();
    int number = delivery.nextAttemptNumber();
    Instant started = clock.instant();
    WebhookResponse response;
    RetryPolicy.Decision decision;
    if (!subscription.active()) {
      response = WebhookResponse.failed("not sent: the subscription is inactive", Duration.ZERO);
      decision = new RetryPolicy.Decision.GiveUp("the subscription is inactive", false);
    } else {
      response = post(subscription, delivery, due.payload(), started);
      decision = options.retry().decide(number, response);
    }
    WebhookDelivery after = delivery.after(decision, clock.instant());
    WebhookAttempt attempt = new WebhookAttempt(number, started, response);
    boolean deactivate = decision instanceof RetryPolicy.Decision.GiveUp giveUp && giveUp.deactivateSubscription();
    boolean recorded = tx.inTransaction(() -> {
      boolean written = outbox.recordAttempt(after, attempt);
      if (written && deactivate) deactivate(subscription);
      return written;
    });
    if (!recorded) return Optional.empty();
    log(subscription, after, attempt, decision);
    return Optional.of(after);
  }

  /** The POST, or a failed response without one when the URL's addresses are refused now. */
  private WebhookResponse post(WebhookSubscription subscription, WebhookDelivery delivery, String payload, Instant now) {
    Either<String, URI> reachable = urls.reachable(subscription.url());
    if (reachable.isLeft()) return WebhookResponse.failed("not sent: " + reachable.getLeft(), Duration.ZERO);
    try {
      return sender.send(WebhookRequest.of(subscription, delivery, payload, now));
    } catch (RuntimeException e) {
      // the port reports failures as responses; anything thrown is still one failed attempt, not a stuck delivery
      return WebhookResponse.failed("not sent: " + e, Duration.ZERO);
    }
  }

  private void deactivate(WebhookSubscription subscription) {
    // a concurrent edit makes update throw: the record rolls back and the POST is repeated after the lease
    subscriptions.find(subscription.id()).filter(WebhookSubscription::active)
        .ifPresent(current -> subscriptions.update(current.deactivate(clock.instant())));
  }

  private static void log(WebhookSubscription subscription, WebhookDelivery after, WebhookAttempt attempt,
      RetryPolicy.Decision decision) {
    if (decision instanceof RetryPolicy.Decision.GiveUp giveUp) {
      LOG.warn("webhook {} delivery {} failed after attempt {} ({}): {}", subscription.id(), after.id(), attempt.number(),
          attempt.error(), giveUp.reason());
    } else if (decision instanceof RetryPolicy.Decision.RetryAfter) {
      LOG.info("webhook {} delivery {} attempt {} failed ({}); next attempt at {}", subscription.id(), after.id(),
          attempt.number(), attempt.error(), after.nextAttemptAt());
    } else {
      LOG.debug("webhook {} delivery {} delivered on attempt {}", subscription.id(), after.id(), attempt.number());
    }
  }
}
