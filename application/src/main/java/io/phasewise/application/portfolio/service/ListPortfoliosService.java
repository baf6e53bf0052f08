package io.phasewise.application.portfolio.service;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.application.portfolio.port.in.ListPortfoliosUseCase;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/** Lists the caller's own portfolios. */
public final class ListPortfoliosService implements ListPortfoliosUseCase {
  private final LoadPortfolioPort load;

  public ListPortfoliosService(LoadPortfolioPort load) {
    this.load = load;
  }

  @Override
  public Either<Failure, List<PortfolioSummaryRow>> list(UserId owner) {
    return Either.right(load.list(owner));
  }
}
