package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: register a new asset; fails with a conflict when its symbol and type are taken. */
public interface RegisterAssetUseCase {
  Either<Failure, Asset> register(RegisterAssetCommand command);
}
