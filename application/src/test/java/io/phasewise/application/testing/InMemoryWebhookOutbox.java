package io.phasewise.application.testing;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.model.WebhookDeliveryLog;
import io.phasewise.application.alert.port.out.DueDelivery;
import io.phasewise.application.alert.port.out.LoadWebhookDeliveriesPort;
import io.phasewise.application.alert.port.out.WebhookOutboxPort;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.alert.DeliveryStatus;
import io.phasewise.domain.alert.WebhookAttempt;
import io.phasewise.domain.alert.WebhookDelivery;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * In-memory fake of the outbox and the delivery log. Ties are broken by the id's text, which orders
 * UUIDs as PostgreSQL does. There are no concurrent transactions here, so locking reads lock nothing.
 */
public final class InMemoryWebhookOutbox implements WebhookOutboxPort, LoadWebhookDeliveriesPort {
  private static final Comparator<OutboxEvent> EVENTS_OLDEST_FIRST =
      Comparator.comparing(OutboxEvent::createdAt).thenComparing(e -> e.id().toString());
  private static final Comparator<WebhookDelivery> LONGEST_DUE =
      Comparator.comparing(WebhookDelivery::nextAttemptAt).thenComparing(WebhookDelivery::createdAt)
          .thenComparing(d -> d.id().toString());
  private static final Comparator<WebhookDelivery> NEWEST_FIRST =
      Comparator.comparing(WebhookDelivery::createdAt).thenComparing(d -> d.id().toString()).reversed();

  private final Map<UUID, OutboxEvent> events = new LinkedHashMap<>();
  private final Map<UUID, Instant> fannedOut = new HashMap<>();
  private final Map<UUID, WebhookDelivery> deliveries = new LinkedHashMap<>();
  private final Map<UUID, List<WebhookAttempt>> attempts = new HashMap<>();

  /** Writes an event to the outbox, as recording a phase transition does. */
  public synchronized void append(OutboxEvent event) {
    if (events.putIfAbsent(event.id(), event) != null) throw new IllegalStateException("event exists: " + event.id());
  }

  /** When the event was fanned out, if it was. */
  public synchronized Optional<Instant> fannedOutAt(UUID event) {
    return Optional.ofNullable(fannedOut.get(event));
  }

  /** Every delivery of a subscription, in the order they were created. */
  public synchronized List<WebhookDelivery> deliveriesOf(WebhookSubscriptionId subscription) {
    return deliveries.values().stream().filter(d -> d.subscription().equals(subscription)).toList();
  }

  /** Drops a deleted subscription's deliveries and their attempts (ON DELETE CASCADE). */
  public synchronized void deleteSubscription(WebhookSubscriptionId subscription) {
    deliveries.values().removeIf(d -> {
      boolean gone = d.subscription().equals(subscription);
      if (gone) attempts.remove(d.id());
      return gone;
    });
  }

  /** Drops a deleted asset's events with their deliveries (ON DELETE CASCADE). */
  public synchronized void deleteAsset(AssetId asset) {
    events.values().removeIf(e -> {
      boolean gone = e.asset().equals(asset);
      if (gone) {
        fannedOut.remove(e.id());
        deliveries.values().removeIf(d -> {
          boolean dependent = d.event().equals(e.id());
          if (dependent) attempts.remove(d.id());
          return dependent;
        });
      }
      return gone;
    });
  }

  @Override
  public synchronized List<OutboxEvent> lockPendingEvents(int limit) {
    return events.values().stream().filter(e -> !fannedOut.containsKey(e.id())).sorted(EVENTS_OLDEST_FIRST).limit(limit)
        .toList();
  }

  @Override
  public synchronized int addDeliveries(Collection<WebhookDelivery> added) {
    int count = 0;
    for (WebhookDelivery delivery : added) {
      if (!events.containsKey(delivery.event())) throw new IllegalStateException("no event " + delivery.event());
      boolean exists = deliveries.values().stream()
          .anyMatch(d -> d.subscription().equals(delivery.subscription()) && d.event().equals(delivery.event()));
      if (!exists && deliveries.putIfAbsent(delivery.id(), delivery) == null) count++;
    }
    return count;
  }

  @Override
  public synchronized void markFannedOut(Collection<UUID> ids, Instant at) {
    ids.forEach(id -> fannedOut.put(id, at));
  }

  @Override
  public synchronized Optional<DueDelivery> claimNextDue(Instant now, Instant leaseUntil,
      Set<WebhookSubscriptionId> skip) {
    Optional<WebhookDelivery> due = deliveries.values().stream()
        .filter(d -> d.status() == DeliveryStatus.PENDING && !d.nextAttemptAt().isAfter(now))
        .filter(d -> !skip.contains(d.subscription()))
        .min(LONGEST_DUE);
    due.ifPresent(d -> deliveries.put(d.id(), new WebhookDelivery(d.id(), d.subscription(), d.event(), d.status(),
        d.attempts(), leaseUntil, d.createdAt(), null)));
    return due.map(d -> new DueDelivery(d, events.get(d.event()).payload()));
  }

  @Override
  public synchronized boolean recordAttempt(WebhookDelivery after, WebhookAttempt attempt) {
    WebhookDelivery current = deliveries.get(after.id());
    if (current == null || current.status() != DeliveryStatus.PENDING || current.attempts() != after.attempts() - 1) {
      return false;
    }
    deliveries.put(after.id(), after);
    attempts.computeIfAbsent(after.id(), id -> new ArrayList<>()).add(attempt);
    return true;
  }

  @Override
  public synchronized Page<WebhookDeliveryLog> deliveries(WebhookSubscriptionId subscription, PageRequest page) {
    List<WebhookDelivery> all = deliveries.values().stream().filter(d -> d.subscription().equals(subscription))
        .sorted(NEWEST_FIRST).toList();
    List<WebhookDeliveryLog> items = all.stream().skip(page.offset()).limit(page.limit())
        .map(d -> new WebhookDeliveryLog(d, events.get(d.event()), attempts.getOrDefault(d.id(), List.of())))
        .toList();
    return new Page<>(items, all.size(), page);
  }
}
