package io.phasewise.application.alert.port.out;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryWebhookOutbox;
import io.phasewise.application.testing.InMemoryWebhookSubscriptions;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.time.Instant;
import java.util.UUID;

/** The in-memory fakes pass the webhook port contract. */
class InMemoryWebhookPortsTest extends WebhookPortsContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryWebhookSubscriptions subscriptions = new InMemoryWebhookSubscriptions();
  private final InMemoryWebhookOutbox outbox = new InMemoryWebhookOutbox();

  InMemoryWebhookPortsTest() {
    subscriptions.cascadeTo(outbox::deleteSubscription);
  }

  @Override
  protected WebhookSubscriptionsPort subscriptions() {
    return subscriptions;
  }

  @Override
  protected WebhookOutboxPort outbox() {
    return outbox;
  }

  @Override
  protected LoadWebhookDeliveriesPort log() {
    return outbox;
  }

  @Override
  protected UserId newUser() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }

  @Override
  protected void deleteAsset(AssetId asset) {
    assets.delete(asset);
  }

  @Override
  protected OutboxEvent append(AssetId asset, Phase from, Phase to, Instant changedAt, Instant createdAt) {
    OutboxEvent event = new OutboxEvent(UUID.randomUUID(), asset, Interval.D1, from, to, changedAt,
        "{\"to\": \"" + to.code() + "\", \"asset\": " + asset.value() + "}", createdAt);
    outbox.append(event);
    return event;
  }
}
