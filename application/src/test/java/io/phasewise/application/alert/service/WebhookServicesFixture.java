package io.phasewise.application.alert.service;

import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryWebhooks;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;
import java.util.UUID;

/** What the webhook service tests share: the use cases on fakes, a test clock, a user and an asset, a public host. */
abstract class WebhookServicesFixture {
  static final Instant T0 = Instant.parse("2025-05-01T08:00:00Z");
  static final String URL = "https://hooks.example.com/phasewise";

  final MutableClock clock = new MutableClock(T0);
  final InMemoryMarket market = new InMemoryMarket(clock);
  final InMemoryAssetStore assets = market.assets;
  final InMemoryWebhooks webhooks = new InMemoryWebhooks(market);
  final UserId alice = new UserId(UUID.randomUUID());
  final AssetId aapl = assets.insert(AssetProfile.of("AAPL", "Apple", AssetType.STOCK), T0).id();

  WebhookServicesFixture() {
    webhooks.resolver.register("hooks.example.com", "203.0.113.10", "2001:db8::10");
  }
}
