package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: replace the profile of a registered asset. */
public interface UpdateAssetUseCase {
  Either<Failure, Asset> update(UpdateAssetCommand command);
}
