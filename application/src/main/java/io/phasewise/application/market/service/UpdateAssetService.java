package io.phasewise.application.market.service;

import io.phasewise.application.market.port.in.UpdateAssetCommand;
import io.phasewise.application.market.port.in.UpdateAssetUseCase;
import io.phasewise.application.market.port.out.DuplicateAssetException;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;

/** Replaces the profile of an asset; a symbol and type taken by another asset is a conflict. */
public final class UpdateAssetService implements UpdateAssetUseCase {
  private final SaveAssetPort save;
  private final TransactionPort tx;
  private final Clock clock;

  public UpdateAssetService(SaveAssetPort save, TransactionPort tx, Clock clock) {
    this.save = save;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, Asset> update(UpdateAssetCommand command) {
    return tx.inTransactionEither(() -> {
      try {
        return save.update(command.id(), command.profile(), clock.instant())
            .<Either<Failure, Asset>>map(Either::right)
            .orElseGet(() -> Either.left(new Failure.NotFound("asset", command.id().toString())));
      } catch (DuplicateAssetException taken) {
        return Either.left(RegisterAssetService.duplicate(command.profile()));
      }
    });
  }
}
