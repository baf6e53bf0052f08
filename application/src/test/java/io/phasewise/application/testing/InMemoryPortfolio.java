package io.phasewise.application.testing;

import io.phasewise.application.portfolio.PortfolioPorts;
import io.phasewise.application.portfolio.PortfolioUseCases;
import io.phasewise.application.sentiment.SentimentUseCases;
import io.phasewise.application.shared.Infrastructure;

/**
 * The portfolio use cases wired by their context's {@code wire} on in-memory fakes over an
 * {@link InMemoryMarket} (its assets, candles, snapshots, phases and transactions) and the sentiment
 * use cases, reading and writing statements with {@link InMemoryPortfolioStatements}.
 */
public final class InMemoryPortfolio {
  public final InMemoryPortfolioStore store = new InMemoryPortfolioStore();
  public final InMemorySyncLog syncLog = new InMemorySyncLog();
  public final InMemoryPortfolioStatements statements = new InMemoryPortfolioStatements();
  public final PortfolioPorts ports;
  public final PortfolioUseCases useCases;

  /** On the market's clock, ids and threads. */
  public InMemoryPortfolio(InMemoryMarket market, SentimentUseCases sentiment) {
    this(market, sentiment, market.infra);
  }

  /** On {@code infra}, e.g. with fixed ids. */
  public InMemoryPortfolio(InMemoryMarket market, SentimentUseCases sentiment, Infrastructure infra) {
    ports = new PortfolioPorts(store, store, syncLog, market.tx);
    useCases = PortfolioUseCases.wire(ports, statements, statements, infra, market.useCases, market.phases.useCases,
        market.snapshotUseCases, sentiment);
  }
}
