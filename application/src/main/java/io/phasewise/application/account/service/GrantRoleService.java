package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.GrantRoleCommand;
import io.phasewise.application.account.port.in.GrantRoleUseCase;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.application.account.port.out.SaveUserPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.User;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;

/**
 * Changes a user's role and forgets the user's cached tokens in this process, so the new role holds from the
 * next request; another process sharing the database sees it when its cache entries expire.
 */
public final class GrantRoleService implements GrantRoleUseCase {
  private final LoadUserPort load;
  private final SaveUserPort save;
  private final TokenCache cache;
  private final TransactionPort tx;
  private final Clock clock;

  public GrantRoleService(LoadUserPort load, SaveUserPort save, TokenCache cache, TransactionPort tx, Clock clock) {
    this.load = load;
    this.save = save;
    this.cache = cache;
    this.tx = tx;
    this.clock = clock;
  }

  @Override
  public Either<Failure, User> grant(GrantRoleCommand command) {
    Either<Failure, User> result = tx.inTransactionEither(() -> FindUserService.found(load.findByEmail(command.email()),
        command.email().value()).flatMap(user -> UserChanges.save(save, user.withRole(command.role(), clock.instant()))));
    result.forEach(user -> cache.evictOwner(user.id()));
    return result;
  }
}
