package io.phasewise.application.market.port.out;

import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryCandleStore;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;

class InMemoryDailyClosesPortTest extends DailyClosesPortContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryCandleStore candles = new InMemoryCandleStore();

  @Override
  protected SaveCandlesPort save() {
    return candles;
  }

  @Override
  protected LoadDailyClosesPort closes() {
    return candles;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }
}
