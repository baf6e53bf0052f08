package io.phasewise.adapters.persistence.watchlist;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.watchlist.port.out.LoadAssetLabelsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchlistPort;
import io.phasewise.application.watchlist.port.out.SaveWatchlistPort;
import java.util.List;

/** The persistence ports of the watchlist context: watchlists, their watched assets and asset labels. */
public final class WatchlistPersistence {
  private final HibernateWatchlistPersistenceAdapter watchlists;
  private final JooqWatchedAssetsAdapter watched;

  private WatchlistPersistence(Database database) {
    this.watchlists = new HibernateWatchlistPersistenceAdapter(database);
    this.watched = new JooqWatchedAssetsAdapter(database.jooq());
  }

  /** Wires the watchlist adapters onto {@code database}. */
  public static WatchlistPersistence create(Database database) {
    return new WatchlistPersistence(database);
  }

  /** The Hibernate entities of this context, to register with the session factory. */
  public static List<Class<?>> entityClasses() {
    return List.of(WatchlistJpaEntity.class);
  }

  public LoadWatchlistPort loadWatchlists() {
    return watchlists;
  }

  public SaveWatchlistPort saveWatchlists() {
    return watchlists;
  }

  /** The dashboard's read: a user's watched assets in display order, in one query. */
  public LoadWatchedAssetsPort watchedAssets() {
    return watched;
  }

  public LoadAssetLabelsPort assetLabels() {
    return watched;
  }
}
