package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.UpdateUserSettingsCommand;
import io.phasewise.application.account.port.in.UpdateUserSettingsUseCase;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.User;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;

/** Merges a settings patch into a user's settings; a concurrent change of the same user is a conflict. */
public final class UpdateUserSettingsService implements UpdateUserSettingsUseCase {
  private final LoadUserPort load;
  private final SaveUserPort save;
  private final TransactionPort tx;
  private final Clock clock;

  public UpdateUserSettingsService(LoadUserPort load, SaveUserPort save, TransactionPort tx, Clock clock) {
    this.load = load;
    this.save = save;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, User> updateSettings(UpdateUserSettingsCommand command) {
    return tx.inTransactionEither(() -> FindUserService.found(load.findById(command.user()), command.user().toString())
        .flatMap(user -> UserChanges.save(save, user.mergeSettings(command.patch(), clock.instant()))));
  }
}
