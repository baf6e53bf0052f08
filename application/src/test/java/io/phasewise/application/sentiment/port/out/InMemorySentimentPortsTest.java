package io.phasewise.application.sentiment.port.out;

import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemorySentimentStore;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;

class InMemorySentimentPortsTest extends SentimentPortsContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemorySentimentStore store = new InMemorySentimentStore(assets);

  @Override
  protected LoadSentimentPort load() {
    return store;
  }

  @Override
  protected LoadSentimentPagesPort pages() {
    return store;
  }

  @Override
  protected SaveSentimentSourcePort saveSources() {
    return store;
  }

  @Override
  protected SaveSentimentObservationsPort saveObservations() {
    return store;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }
}
