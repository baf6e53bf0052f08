package io.phasewise.application.market.port.out;

import io.phasewise.domain.market.AssetId;

/** Outgoing port: deletes an asset and every row that belongs to it (candles, ticks). */
public interface DeleteAssetPort {
  /**
   * Whether an asset was deleted (false when none had this id).
   *
   * @throws AssetInUseException when a portfolio's ledger names the asset
   */
  boolean delete(AssetId id);
}
