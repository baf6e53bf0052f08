package io.phasewise.application.testing;

import io.phasewise.application.alert.port.out.StaleWebhookSubscriptionException;
import io.phasewise.application.alert.port.out.WebhookSubscriptionsPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** In-memory fake of the subscription store, with the database's version counting and cascades. */
public final class InMemoryWebhookSubscriptions implements WebhookSubscriptionsPort {
  private static final Comparator<WebhookSubscription> OLDEST_FIRST =
      Comparator.comparing(WebhookSubscription::createdAt).thenComparing(s -> s.id().toString());

  private final Map<WebhookSubscriptionId, WebhookSubscription> stored = new LinkedHashMap<>();
  private final List<Consumer<WebhookSubscriptionId>> onDelete = new ArrayList<>();

  /** Lets the delivery fake drop a deleted subscription's deliveries, like ON DELETE CASCADE. */
  public void cascadeTo(Consumer<WebhookSubscriptionId> dependent) {
    onDelete.add(dependent);
  }

  @Override
  public synchronized void add(WebhookSubscription subscription) {
    if (stored.containsKey(subscription.id())) throw new IllegalStateException("webhook exists: " + subscription.id());
    stored.put(subscription.id(), atVersion(subscription, 0));
  }

  @Override
  public synchronized Optional<WebhookSubscription> find(WebhookSubscriptionId id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public synchronized List<WebhookSubscription> ownedBy(UserId owner) {
    return stored.values().stream().filter(s -> s.owner().equals(owner)).sorted(OLDEST_FIRST).toList();
  }

  @Override
  public synchronized List<WebhookSubscription> activeFor(Collection<AssetId> assets) {
    return stored.values().stream()
        .filter(WebhookSubscription::active)
        .filter(s -> s.assets().isEmpty() || assets.stream().anyMatch(s.assets()::contains))
        .sorted(OLDEST_FIRST)
        .toList();
  }

  @Override
  public synchronized WebhookSubscription update(WebhookSubscription changed) {
    WebhookSubscription current = stored.get(changed.id());
    if (current == null || current.version() != changed.version()) {
      throw new StaleWebhookSubscriptionException(changed.id(), changed.version(), null);
    }
    WebhookSubscription next = atVersion(changed, changed.version() + 1);
    stored.put(next.id(), next);
    return next;
  }

  @Override
  public synchronized boolean delete(WebhookSubscriptionId id) {
    if (stored.remove(id) == null) return false;
    onDelete.forEach(dependent -> dependent.accept(id));
    return true;
  }

  private static WebhookSubscription atVersion(WebhookSubscription s, long version) {
    return new WebhookSubscription(s.id(), s.owner(), s.url(), s.secret(), s.description(), s.assets(), s.phases(),
        s.active(), version, s.createdAt(), s.updatedAt());
  }
}
