package io.phasewise.adapters.persistence.portfolio;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.application.portfolio.PortfolioPorts;
import java.util.List;

/** The persistence of the portfolio context: portfolios with their ledgers, and the sync log, as its ports. */
public final class PortfolioPersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<PortfolioPorts> MODULE =
      new PersistenceModule<>(List.of(PortfolioJpaEntity.class), PortfolioPersistence::ports);

  private PortfolioPersistence() {}

  /** The portfolio adapters on {@code database}. */
  public static PortfolioPorts ports(Database database) {
    HibernatePortfolioPersistenceAdapter portfolios =
        new HibernatePortfolioPersistenceAdapter(database, new JooqLedgerRevisions(database.jooq()));
    return new PortfolioPorts(portfolios, portfolios, new JooqSyncLogPersistenceAdapter(database.jooq()), database.transactions());
  }
}
