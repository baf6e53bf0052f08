package io.phasewise.application.snapshot.port.out;

import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryCandleStore;
import io.phasewise.application.testing.InMemorySnapshotStore;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.time.Instant;

class InMemorySnapshotPortsTest extends SnapshotPortsContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryCandleStore candles = new InMemoryCandleStore();
  private final InMemorySnapshotStore snapshots = new InMemorySnapshotStore(candles);

  @Override
  protected SaveSnapshotsPort save() {
    return snapshots;
  }

  @Override
  protected LoadSnapshotsPort load() {
    return snapshots;
  }

  @Override
  protected SaveCandlesPort candles() {
    return candles;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }
}
