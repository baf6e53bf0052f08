package io.phasewise.application.watchlist.port.out;

import io.phasewise.application.testing.InMemoryAssetLabels;
import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryWatchlistStore;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.util.UUID;

class InMemoryWatchlistPortsTest extends WatchlistPortsContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryWatchlistStore store = new InMemoryWatchlistStore();

  InMemoryWatchlistPortsTest() {
    assets.cascadeTo(store::deleteAsset);
  }

  @Override
  protected LoadWatchlistPort load() {
    return store;
  }

  @Override
  protected SaveWatchlistPort save() {
    return store;
  }

  @Override
  protected LoadWatchedAssetsPort watched() {
    return store;
  }

  @Override
  protected LoadAssetLabelsPort labels() {
    return new InMemoryAssetLabels(assets);
  }

  @Override
  protected UserId newUser() {
    return new UserId(UUID.randomUUID());
  }

  @Override
  protected AssetId newAsset(String symbol) {
    return assets.insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), T0).id();
  }

  @Override
  protected void deleteAsset(AssetId asset) {
    assets.delete(asset);
  }
}
