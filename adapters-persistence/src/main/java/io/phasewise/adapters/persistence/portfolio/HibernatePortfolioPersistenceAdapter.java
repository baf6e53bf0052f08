package io.phasewise.adapters.persistence.portfolio;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.HibernateFailures;
import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.portfolio.port.out.StalePortfolioException;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.LockMode;
import org.hibernate.Session;

/**
 * Stores portfolios: the settings row, plans and recorded prices with Hibernate, locked optimistically
 * by {@code portfolios.version}; the ledger's revisions with {@link JooqLedgerRevisions}. A save first
 * advances the version (the versioned UPDATE that makes the slower of two concurrent saves fail with
 * {@link StalePortfolioException}, and that holds the row until commit), then appends the revisions
 * not stored yet. Another owner's portfolio is never found, and never overwritten.
 */
final class HibernatePortfolioPersistenceAdapter implements LoadPortfolioPort, SavePortfolioPort {
  private static final String PRIMARY_KEY = "portfolios_pkey";

  private final Database database;
  private final JooqLedgerRevisions ledgers;
  private final PortfolioEntityMapper mapper = PortfolioEntityMapper.INSTANCE;

  HibernatePortfolioPersistenceAdapter(Database database, JooqLedgerRevisions ledgers) {
    this.database = database;
    this.ledgers = ledgers;
  }

  @Override
  public Optional<Portfolio> find(UserId owner, PortfolioId id) {
    return database.inSession(session -> session
        .createSelectionQuery("""
            from Portfolio p left join fetch p.plans left join fetch p.recordedPrices
            where p.id = :id and p.userId = :owner""", PortfolioJpaEntity.class)
        .setParameter("id", id.value())
        .setParameter("owner", owner.value())
        .uniqueResultOptional()
        .map(entity -> mapper.toPortfolio(entity, ledgers.load(id))));
  }

  @Override
  public List<PortfolioSummaryRow> list(UserId owner) {
    return ledgers.summaries(owner);
  }

  @Override
  public Portfolio save(Portfolio portfolio, Instant now) {
    return database.inSession(session -> {
      long version;
      try {
        if (portfolio.version() == 0) insert(session, portfolio, now);
        version = update(session, portfolio, now);
      } catch (RuntimeException e) {
        if (HibernateFailures.isOptimisticLockFailure(e) || HibernateFailures.isUniqueViolation(e, PRIMARY_KEY)) {
          throw new StalePortfolioException(portfolio.id(), portfolio.version(), e);
        }
        throw e;
      }
      ledgers.appendNew(portfolio.id(), portfolio.revisions());
      return new Portfolio(portfolio.id(), portfolio.owner(), portfolio.name(), portfolio.baseCurrency(), portfolio.method(),
          portfolio.allowShorts(), portfolio.revisions(), portfolio.plans(), portfolio.recordedPrices(), version,
          portfolio.createdAt());
    });
  }

  /**
   * The first save inserts the row at version 0; {@link #update} then counts the save like any other.
   * The row is detached and read again, as Hibernate takes no further lock on a row it inserted.
   */
  private void insert(Session session, Portfolio portfolio, Instant now) {
    if (session.find(PortfolioJpaEntity.class, portfolio.id().value()) != null) {
      throw new StalePortfolioException(portfolio.id(), 0, null);
    }
    PortfolioJpaEntity entity = mapper.toNewEntity(portfolio);
    entity.setUpdatedAt(now);
    session.persist(entity);
    session.flush();
    session.detach(entity);
  }

  /** Applies the settings and advances the stored version by exactly one; returns the new version. */
  private long update(Session session, Portfolio portfolio, Instant now) {
    PortfolioJpaEntity entity = session.find(PortfolioJpaEntity.class, portfolio.id().value());
    if (entity == null || entity.getVersion() != portfolio.version() || !entity.getUserId().equals(portfolio.owner().value())) {
      throw new StalePortfolioException(portfolio.id(), portfolio.version(), null);
    }
    mapper.update(portfolio, entity);
    entity.setUpdatedAt(now);
    session.flush();
    if (entity.getVersion() == portfolio.version()) {
      // settings unchanged: the revisions alone still make a new version
      session.lock(entity, LockMode.PESSIMISTIC_FORCE_INCREMENT);
    }
    return entity.getVersion();
  }
}
