package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: a user by id (the caller's own account) or by e-mail address (operators' tools); not found otherwise. */
public interface FindUserUseCase {
  Either<Failure, User> find(UserId id);

  Either<Failure, User> findByEmail(EmailAddress email);
}
