package io.phasewise.application.account.service;

import io.phasewise.application.account.port.out.SaveUserPort;
import io.phasewise.application.account.port.out.StaleUserException;
import io.phasewise.domain.account.User;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Stores a changed user: not found when the user went meanwhile, a conflict when another change raced it. */
final class UserChanges {
  private UserChanges() {}

  static Either<Failure, User> save(SaveUserPort save, User changed) {
    try {
      return save.update(changed)
          ? Either.right(changed)
          : Either.left(new Failure.NotFound("user", changed.id().toString()));
    } catch (StaleUserException raced) {
      return Either.left(new Failure.Conflict(raced.getMessage()));
    }
  }
}
