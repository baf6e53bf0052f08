package io.phasewise.application.market.port.out;

import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryImportRunLog;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;

class InMemoryImportRunPortsTest extends ImportRunPortsContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryImportRunLog runs = new InMemoryImportRunLog();

  @Override
  protected SaveImportRunPort save() {
    return runs;
  }

  @Override
  protected LoadImportRunsPort load() {
    return runs;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }
}
