package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: move securities between two portfolios of one user in one transaction: a
 * {@code TRANSFER_OUT} in the one and a {@code TRANSFER_IN} carrying the same lots in the other. Both
 * portfolios must share a base currency (the lots' costs are in it); either side refused refuses both.
 */
public interface TransferBetweenPortfoliosUseCase {
  Either<Failure, TransferResult> transfer(TransferBetweenPortfoliosCommand command);
}
