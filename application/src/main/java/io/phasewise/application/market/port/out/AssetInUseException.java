package io.phasewise.application.market.port.out;

import io.phasewise.domain.market.AssetId;

/** Thrown by {@link DeleteAssetPort} when data that must outlive nothing of it (a portfolio's ledger) still names the asset. */
public class AssetInUseException extends RuntimeException {
  public AssetInUseException(AssetId asset, Throwable cause) {
    super("asset " + asset + " is named in a portfolio's ledger, which keeps its history: it cannot be deleted", cause);
  }
}
