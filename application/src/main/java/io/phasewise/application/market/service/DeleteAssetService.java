package io.phasewise.application.market.service;

import io.phasewise.application.market.port.in.DeleteAssetUseCase;
import io.phasewise.application.market.port.out.AssetInUseException;
import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Deletes an asset and, through the store, all its market data. */
public final class DeleteAssetService implements DeleteAssetUseCase {
  private final DeleteAssetPort delete;
  private final TransactionPort tx;

  public DeleteAssetService(DeleteAssetPort delete, TransactionPort tx) {
    this.delete = delete;
    this.tx = tx;
  }

  @Override
  public Either<Failure, AssetId> delete(AssetId id) {
    try {
      return tx.inTransaction(() -> delete.delete(id)
          ? Either.right(id)
          : Either.left(new Failure.NotFound("asset", id.toString())));
    } catch (AssetInUseException held) {
      return Either.left(new Failure.Conflict(held.getMessage()));
    }
  }
}
