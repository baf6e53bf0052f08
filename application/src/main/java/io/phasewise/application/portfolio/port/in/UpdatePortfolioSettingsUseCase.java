package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Use case: change a portfolio's name, position plans and recorded prices; a stale version is a conflict. */
public interface UpdatePortfolioSettingsUseCase {
  Either<Failure, Portfolio> update(UpdatePortfolioSettingsCommand command);
}
