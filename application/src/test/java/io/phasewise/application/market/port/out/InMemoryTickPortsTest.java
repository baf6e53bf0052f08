package io.phasewise.application.market.port.out;

import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryTickStore;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;

class InMemoryTickPortsTest extends TickPortsContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryTickStore ticks = new InMemoryTickStore();

  @Override
  protected SaveTicksPort save() {
    return ticks;
  }

  @Override
  protected LoadTicksPort load() {
    return ticks;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }
}
