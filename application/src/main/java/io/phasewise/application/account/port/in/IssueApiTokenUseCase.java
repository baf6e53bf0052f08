package io.phasewise.application.account.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: issue a user a new API token, returning its secret this once; a conflict when the user
 * already has the most active tokens allowed, forbidden when a scope asked for is beyond the user's role.
 */
public interface IssueApiTokenUseCase {
  /** Active (unrevoked) tokens one user may hold. */
  int MAX_ACTIVE_TOKENS = 50;

  Either<Failure, IssuedToken> issue(IssueApiTokenCommand command);
}
