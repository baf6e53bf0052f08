package io.phasewise.application.portfolio.service;

import io.phasewise.application.portfolio.port.in.FindPortfolioUseCase;
import io.phasewise.application.portfolio.port.in.PortfolioQuery;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Reads one of the caller's portfolios with its ledger and audit trail. */
public final class FindPortfolioService implements FindPortfolioUseCase {
  private final LoadPortfolioPort load;

  public FindPortfolioService(LoadPortfolioPort load) {
    this.load = load;
  }

  @Override
  public Either<Failure, Portfolio> find(PortfolioQuery query) {
    return OwnedPortfolios.find(load, query.owner(), query.portfolio());
  }
}
