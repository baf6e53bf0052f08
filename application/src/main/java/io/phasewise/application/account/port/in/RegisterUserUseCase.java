package io.phasewise.application.account.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: sign up a user and issue their first API token, whose secret is returned this once;
 * a conflict when the e-mail address belongs to a user already.
 */
public interface RegisterUserUseCase {
  Either<Failure, Registration> register(RegisterUserCommand command);
}
