package io.phasewise.application.account.port.in;

import io.phasewise.domain.account.User;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: change a user's settings by a merge patch; a conflict when another change to the user raced it. */
public interface UpdateUserSettingsUseCase {
  Either<Failure, User> updateSettings(UpdateUserSettingsCommand command);
}
