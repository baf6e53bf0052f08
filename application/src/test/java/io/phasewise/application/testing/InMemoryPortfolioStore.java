package io.phasewise.application.testing;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.portfolio.port.out.StalePortfolioException;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory fake of the portfolio store with the database's rules: read through the owner, optimistic
 * locking (saving a portfolio read at an older version throws), stored revisions append-only, and a
 * save undone when its unit of work fails.
 */
public final class InMemoryPortfolioStore implements LoadPortfolioPort, SavePortfolioPort {
  private final Map<PortfolioId, Portfolio> portfolios = new ConcurrentHashMap<>();

  @Override
  public Optional<Portfolio> find(UserId owner, PortfolioId id) {
    return Optional.ofNullable(portfolios.get(id)).filter(p -> p.owner().equals(owner));
  }

  @Override
  public List<PortfolioSummaryRow> list(UserId owner) {
    return portfolios.values().stream().filter(p -> p.owner().equals(owner))
        .sorted(Comparator.comparing(Portfolio::name).thenComparing(p -> p.id().value()))
        .map(p -> new PortfolioSummaryRow(p.id(), p.name(), p.baseCurrency(), p.method(), p.allowShorts(), p.ledger().size(),
            p.version(), p.createdAt()))
        .toList();
  }

  @Override
  public synchronized Portfolio save(Portfolio portfolio, Instant now) {
    Portfolio stored = portfolios.get(portfolio.id());
    long storedVersion = stored == null ? 0 : stored.version();
    boolean someoneElses = stored != null && !stored.owner().equals(portfolio.owner());
    if (someoneElses || storedVersion != portfolio.version()) throw new StalePortfolioException(portfolio.id(), portfolio.version(), null);
    if (stored != null && !portfolio.revisions().subList(0, stored.revisions().size()).equals(stored.revisions())) {
      throw new IllegalArgumentException("stored revisions of portfolio " + portfolio.id() + " are append-only");
    }
    Portfolio saved = new Portfolio(portfolio.id(), portfolio.owner(), portfolio.name(), portfolio.baseCurrency(), portfolio.method(),
        portfolio.allowShorts(), portfolio.revisions(), portfolio.plans(), portfolio.recordedPrices(), storedVersion + 1,
        portfolio.createdAt());
    portfolios.put(saved.id(), saved);
    InMemoryUnitOfWork.onRollback(() -> restore(saved.id(), stored));
    return saved;
  }

  private synchronized void restore(PortfolioId id, Portfolio previous) {
    if (previous == null) portfolios.remove(id);
    else portfolios.put(id, previous);
  }
}
