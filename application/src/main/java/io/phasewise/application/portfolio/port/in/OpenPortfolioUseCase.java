package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: open a new, empty portfolio; returns it as stored (version 1). */
public interface OpenPortfolioUseCase {
  Either<Failure, Portfolio> open(OpenPortfolioCommand command);
}
