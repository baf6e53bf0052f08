package io.phasewise.application.market.port.out;

import io.phasewise.application.market.service.DailyClosesCache;
import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryCandleStore;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;

/** The cache answers as the store does, periods cut from whole cached histories included. */
class CachedDailyClosesPortTest extends DailyClosesPortContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryCandleStore candles = new InMemoryCandleStore();
  private final DailyClosesCache cache = new DailyClosesCache(candles, 1_000);

  @Override
  protected SaveCandlesPort save() {
    return cache.invalidating(candles);
  }

  @Override
  protected LoadDailyClosesPort closes() {
    return cache;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }
}
