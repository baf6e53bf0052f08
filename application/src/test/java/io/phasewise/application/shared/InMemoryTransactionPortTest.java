package io.phasewise.application.shared;

import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.testing.DirectTransactions;
import io.phasewise.application.testing.InMemoryAssetStore;
import io.phasewise.application.testing.InMemoryCandleStore;

/** The fake transactions over the in-memory asset and candle stores keep the transaction contract. */
class InMemoryTransactionPortTest extends TransactionPortContract {
  private final InMemoryAssetStore assets = new InMemoryAssetStore();
  private final InMemoryCandleStore candles = new InMemoryCandleStore();
  private final DirectTransactions tx = new DirectTransactions();

  InMemoryTransactionPortTest() {
    assets.cascadeTo(candles::deleteAsset);
  }

  @Override
  protected TransactionPort transactions() {
    return tx;
  }

  @Override
  protected SaveAssetPort saveAssets() {
    return assets;
  }

  @Override
  protected LoadAssetsPort loadAssets() {
    return assets;
  }

  @Override
  protected DeleteAssetPort deleteAssets() {
    return assets;
  }

  @Override
  protected SaveCandlesPort saveCandles() {
    return candles;
  }

  @Override
  protected LoadCandlesPort loadCandles() {
    return candles;
  }
}
