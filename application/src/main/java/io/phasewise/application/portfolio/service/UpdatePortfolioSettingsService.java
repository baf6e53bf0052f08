package io.phasewise.application.portfolio.service;

import io.phasewise.application.portfolio.port.in.UpdatePortfolioSettingsCommand;
import io.phasewise.application.portfolio.port.in.UpdatePortfolioSettingsUseCase;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;

/** Renames a portfolio and replaces its plans and recorded prices; the ledger and the other settings stay. */
public final class UpdatePortfolioSettingsService implements UpdatePortfolioSettingsUseCase {
  private final OwnedPortfolios portfolios;
  private final TransactionPort tx;

  public UpdatePortfolioSettingsService(LoadPortfolioPort load, SavePortfolioPort save, TransactionPort tx, Clock clock) {
    this.portfolios = new OwnedPortfolios(load, save, clock);
    this.tx = tx;
  }

  @Override
  public Either<Failure, Portfolio> update(UpdatePortfolioSettingsCommand c) {
    return tx.inTransactionEither(() -> portfolios.find(c.owner(), c.portfolio(), c.expectedVersion())
        .flatMap(p -> Inputs.checked(() -> new Portfolio(p.id(), p.owner(), c.name() == null ? p.name() : c.name(), p.baseCurrency(),
            p.method(), p.allowShorts(), p.revisions(), c.plans() == null ? p.plans() : c.plans(),
            c.recordedPrices() == null ? p.recordedPrices() : c.recordedPrices(), p.version(), p.createdAt())))
        .flatMap(portfolios::save));
  }
}
