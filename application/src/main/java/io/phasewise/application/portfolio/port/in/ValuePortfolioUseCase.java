package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.Valuation;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: one of the caller's portfolios as of a day: holdings with their open lots, gains net and
 * gross of fees, closed positions, cash and the summary, priced from the candle store.
 */
public interface ValuePortfolioUseCase {
  Either<Failure, Valuation> value(ValuationQuery query);
}
