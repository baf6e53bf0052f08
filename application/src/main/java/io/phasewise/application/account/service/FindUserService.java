package io.phasewise.application.account.service;

import io.phasewise.application.account.port.in.FindUserUseCase;
import io.phasewise.application.account.port.out.LoadUserPort;
import io.phasewise.domain.account.EmailAddress;
import io.phasewise.domain.account.User;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Optional;

/** Finds a user by id or by e-mail address. */
public final class FindUserService implements FindUserUseCase {
  private final LoadUserPort load;

  public FindUserService(LoadUserPort load) {
    this.load = load;
  }

  @Override
  public Either<Failure, User> find(UserId id) {
    return found(load.findById(id), id.toString());
  }

  @Override
  public Either<Failure, User> findByEmail(EmailAddress email) {
    return found(load.findByEmail(email), email.value());
  }

  static Either<Failure, User> found(Optional<User> user, String key) {
    return user.<Either<Failure, User>>map(Either::right).orElseGet(() -> Either.left(new Failure.NotFound("user", key)));
  }
}
