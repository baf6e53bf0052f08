package io.phasewise.application.market.service;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.RegisterAssetUseCase;
import io.phasewise.application.market.port.out.DuplicateAssetException;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;

/** Registers assets, refusing a second asset with the same symbol and type. */
public final class RegisterAssetService implements RegisterAssetUseCase {
  private final LoadAssetsPort load;
  private final SaveAssetPort save;
  private final TransactionPort tx;
  private final Clock clock;

  public RegisterAssetService(LoadAssetsPort load, SaveAssetPort save, TransactionPort tx, Clock clock) {
    this.load = load;
    this.save = save;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, Asset> register(RegisterAssetCommand command) {
    AssetProfile profile = command.profile();
    return tx.inTransactionEither(() -> {
      if (load.findBySymbol(profile.symbol(), profile.type()).isPresent()) {
        return Either.left(duplicate(profile));
      }
      try {
        return Either.right(save.insert(profile, clock.instant()));
      } catch (DuplicateAssetException raced) {
        return Either.left(duplicate(profile));
      }
    });
  }

  static Failure duplicate(AssetProfile profile) {
    return new Failure.Conflict("an asset " + profile.symbol() + " of type " + profile.type().code() + " already exists");
  }
}
