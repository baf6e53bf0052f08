package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/**
 * Use case: how one of the caller's portfolios performed over a period: its daily values and TWR
 * index, the four labelled returns, risk figures, each holding's contribution and, when asked, the
 * comparison with a stored asset as benchmark.
 */
public interface PortfolioPerformanceUseCase {
  Either<Failure, PortfolioPerformance> performance(PerformanceQuery query);
}
