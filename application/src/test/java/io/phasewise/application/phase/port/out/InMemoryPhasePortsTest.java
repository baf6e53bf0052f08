package io.phasewise.application.phase.port.out;

import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryPhaseStore;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import java.time.Instant;
import java.util.List;

class InMemoryPhasePortsTest extends PhasePortsContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryPhaseStore store = new InMemoryPhaseStore();

  @Override
  protected SavePhasesPort save() {
    return store;
  }

  @Override
  protected LoadPhasesPort load() {
    return store;
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }

  @Override
  protected List<PhaseEvent> outbox(AssetId asset, Interval interval) {
    return store.events(asset, interval);
  }
}
