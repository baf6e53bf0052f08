package io.phasewise.adapters.persistence.watchlist;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.application.watchlist.WatchlistPorts;
import java.util.List;

/** The persistence of the watchlist context: watchlists, their watched assets and asset labels, as its ports. */
public final class WatchlistPersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<WatchlistPorts> MODULE =
      new PersistenceModule<>(List.of(WatchlistJpaEntity.class), WatchlistPersistence::ports);

  private WatchlistPersistence() {}

  /** The watchlist adapters on {@code database}. */
  public static WatchlistPorts ports(Database database) {
    HibernateWatchlistPersistenceAdapter watchlists = new HibernateWatchlistPersistenceAdapter(database);
    JooqWatchedAssetsAdapter watched = new JooqWatchedAssetsAdapter(database.jooq());
    return new WatchlistPorts(watchlists, watchlists, watched, watched, database.transactions());
  }
}
