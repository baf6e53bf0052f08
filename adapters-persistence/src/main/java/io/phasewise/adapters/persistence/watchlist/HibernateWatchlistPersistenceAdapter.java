package io.phasewise.adapters.persistence.watchlist;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.HibernateFailures;
import io.phasewise.application.watchlist.port.out.LoadWatchlistPort;
import io.phasewise.application.watchlist.port.out.SaveWatchlistPort;
import io.phasewise.application.watchlist.port.out.StaleWatchlistException;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.watchlist.Watchlist;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.LockMode;
import org.hibernate.Session;

/**
 * Stores watchlists with Hibernate, locked optimistically by {@code watchlists.version}. A save edits
 * the stored list in place (rows are updated, added or deleted by position; the per-user asset key
 * is checked at commit, so assets can change places), and the versioned UPDATE of the owner row makes
 * the slower of two concurrent saves fail with {@link StaleWatchlistException}.
 */
final class HibernateWatchlistPersistenceAdapter implements LoadWatchlistPort, SaveWatchlistPort {
  private static final String PRIMARY_KEY = "watchlists_pkey";

  private final Database database;
  private final WatchlistEntityMapper mapper = WatchlistEntityMapper.INSTANCE;

  HibernateWatchlistPersistenceAdapter(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Watchlist> find(UserId owner) {
    return database.inSession(session -> Optional.ofNullable(session.find(WatchlistJpaEntity.class, owner.value()))
        .map(mapper::toWatchlist));
  }

  @Override
  public Watchlist save(Watchlist watchlist, Instant now) {
    return database.inSession(session -> {
      try {
        WatchlistJpaEntity saved = watchlist.version() == 0 ? insert(session, watchlist, now) : update(session, watchlist, now);
        return mapper.toWatchlist(saved);
      } catch (RuntimeException e) {
        if (HibernateFailures.isOptimisticLockFailure(e) || HibernateFailures.isUniqueViolation(e, PRIMARY_KEY)) {
          throw new StaleWatchlistException(watchlist.owner(), watchlist.version(), e);
        }
        throw e;
      }
    });
  }

  /**
   * The first save: the owner row is inserted empty at version 0, then filled like any later save,
   * which advances it to version 1; so every save counts and version 0 means "never saved".
   */
  private WatchlistJpaEntity insert(Session session, Watchlist watchlist, Instant now) {
    if (session.find(WatchlistJpaEntity.class, watchlist.owner().value()) != null) {
      throw new StaleWatchlistException(watchlist.owner(), 0, null);
    }
    WatchlistJpaEntity entity = mapper.toNewEntity(Watchlist.empty(watchlist.owner()));
    entity.setUpdatedAt(now);
    session.persist(entity);
    session.flush();
    session.detach(entity);
    return update(session, watchlist, now);
  }

  private WatchlistJpaEntity update(Session session, Watchlist watchlist, Instant now) {
    WatchlistJpaEntity entity = session.find(WatchlistJpaEntity.class, watchlist.owner().value());
    if (entity == null || entity.getVersion() != watchlist.version()) {
      throw new StaleWatchlistException(watchlist.owner(), watchlist.version(), null);
    }
    List<Long> stored = entity.getAssets();
    stored.clear();
    stored.addAll(mapper.ids(watchlist.assets()));
    entity.setUpdatedAt(now);
    session.flush();
    if (entity.getVersion() == watchlist.version()) {
      // Nothing changed (same assets, same time): a save still counts as one.
      session.lock(entity, LockMode.PESSIMISTIC_FORCE_INCREMENT);
    }
    return entity;
  }
}
