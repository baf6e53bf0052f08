package io.phasewise.application.portfolio.service;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.portfolio.port.in.LedgerChange;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.MarketFacts;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Function;

/** One change of one ledger in one transaction: read through the owner at the expected version, change, save. */
final class LedgerEdits {
  private final OwnedPortfolios portfolios;
  private final Function<Portfolio, MarketFacts> facts;
  private final TransactionPort tx;
  private final Clock clock;

  LedgerEdits(OwnedPortfolios portfolios, Function<Portfolio, MarketFacts> facts, TransactionPort tx, Clock clock) {
    this.portfolios = portfolios;
    this.facts = facts;
    this.tx = tx;
    this.clock = clock;
  }

  /** Edits of the portfolios in {@code load} and {@code save}, derived over the market's candles. */
  static LedgerEdits of(LoadPortfolioPort load, SavePortfolioPort save, TransactionPort tx, Clock clock, MarketUseCases market) {
    return new LedgerEdits(new OwnedPortfolios(load, save, clock), CandleMarketFacts.of(market), tx, clock);
  }

  /** What a change makes of the current portfolio: the changed (not yet saved) portfolio and the event concerned. */
  @FunctionalInterface
  interface Change {
    Either<Failure, LedgerChange> apply(Portfolio current, MarketFacts facts, Instant now);
  }

  Either<Failure, LedgerChange> apply(UserId owner, PortfolioId id, OptionalLong expected, Change change) {
    return tx.inTransactionEither(() -> portfolios.find(owner, id, expected)
        .flatMap(current -> change.apply(current, facts.apply(current), clock.instant()))
        .flatMap(changed -> portfolios.save(changed.portfolio()).map(saved -> new LedgerChange(saved, changed.event()))));
  }
}
