package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: one of the caller's portfolios with its settings, its ledger in force and its whole audit trail. */
public interface FindPortfolioUseCase {
  Either<Failure, Portfolio> find(PortfolioQuery query);
}
