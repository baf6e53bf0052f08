package io.phasewise.application.portfolio.service;

import io.phasewise.application.portfolio.port.in.OpenPortfolioCommand;
import io.phasewise.application.portfolio.port.in.OpenPortfolioUseCase;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;

/** Opens an empty portfolio under a new id and stores it. */
public final class OpenPortfolioService implements OpenPortfolioUseCase {
  private final OwnedPortfolios portfolios;
  private final TransactionPort tx;
  private final Infrastructure infra;

  public OpenPortfolioService(LoadPortfolioPort load, SavePortfolioPort save, TransactionPort tx, Infrastructure infra) {
    this.portfolios = new OwnedPortfolios(load, save, infra.clock());
    this.tx = tx;
    this.infra = infra;
  }

  @Override
  public Either<Failure, Portfolio> open(OpenPortfolioCommand c) {
    return Inputs.checked(() -> Portfolio.open(PortfolioId.of(infra.ids().next()), c.owner(), c.name(), c.baseCurrency(), c.method(),
            c.allowShorts(), infra.clock().instant()))
        .flatMap(opened -> tx.inTransactionEither(() -> portfolios.save(opened)));
  }
}
