package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.portfolio.port.in.ValuationQuery;
import io.phasewise.application.portfolio.port.in.ValuePortfolioUseCase;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.portfolio.PortfolioValuation;
import io.phasewise.domain.portfolio.Valuation;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Values one of the caller's portfolios as of a day, on the candle store's closes, splits and rates, in one transaction. */
public final class ValuePortfolioService implements ValuePortfolioUseCase {
  private final LoadPortfolioPort load;
  private final TransactionPort tx;
  private final Clock clock;
  private final MarketUseCases market;

  public ValuePortfolioService(LoadPortfolioPort load, TransactionPort tx, Clock clock, MarketUseCases market) {
    this.load = load;
    this.tx = tx;
    this.clock = clock;
    this.market = market;
  }

  @Override
  public Either<Failure, Valuation> value(ValuationQuery query) {
    LocalDate day = query.asOf() != null ? query.asOf() : LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return tx.inTransaction(() -> OwnedPortfolios.find(load, query.owner(), query.portfolio())
        .map(portfolio -> PortfolioValuation.asOf(portfolio, day, CandleMarketFacts.of(market).apply(portfolio))));
  }
}
