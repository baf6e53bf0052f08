package io.phasewise.application.alert.port.out;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookSubscription;
import io.phasewise.domain.alert.WebhookSubscriptionId;
import io.phasewise.domain.market.AssetId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Outgoing port: stores webhook subscriptions as aggregates with optimistic locking by version. */
public interface WebhookSubscriptionsPort {
  /** Stores a new subscription; it keeps version 0. */
  void add(WebhookSubscription subscription);

  Optional<WebhookSubscription> find(WebhookSubscriptionId id);

  /** The subscriptions of {@code owner}, oldest first. */
  List<WebhookSubscription> ownedBy(UserId owner);

  /** Active subscriptions that can match an event of any of {@code assets}: no asset filter, or one naming one of them. */
  List<WebhookSubscription> activeFor(Collection<AssetId> assets);

  /**
   * Stores {@code changed}, read at {@code changed.version()}, and returns it at its new version.
   *
   * @throws StaleWebhookSubscriptionException when the stored subscription changed or vanished since
   */
  WebhookSubscription update(WebhookSubscription changed);

  /** Deletes it with its deliveries; false when it did not exist. */
  boolean delete(WebhookSubscriptionId id);
}
