package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.User;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: change a user's role, e.g. promote the first administrator from the command line; not found
 * when no user has the address. Reached by operators' tools only: no HTTP route grants a role.
 */
public interface GrantRoleUseCase {
  Either<Failure, User> grant(GrantRoleCommand command);
}
