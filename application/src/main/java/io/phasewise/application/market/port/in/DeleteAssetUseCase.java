package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: delete an asset together with all its candles and ticks. */
public interface DeleteAssetUseCase {
  Either<Failure, AssetId> delete(AssetId id);
}
