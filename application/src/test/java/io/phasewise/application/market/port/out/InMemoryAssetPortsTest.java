package io.phasewise.application.market.port.out;

import io.phasewise.application.testing.InMemoryAssetStore;

class InMemoryAssetPortsTest extends AssetPortsContract {
  private final InMemoryAssetStore store = new InMemoryAssetStore();

  @Override
  protected SaveAssetPort save() {
    return store;
  }

  @Override
  protected LoadAssetsPort load() {
    return store;
  }

  @Override
  protected DeleteAssetPort delete() {
    return store;
  }
}
