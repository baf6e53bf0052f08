package io.phasewise.application.testing;

import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchlistPort;
import io.phasewise.application.watchlist.port.out.SaveWatchlistPort;
import io.phasewise.application.watchlist.port.out.StaleWatchlistException;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.watchlist.Watchlist;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory fake of the watchlist ports, with the same optimistic locking as the database adapter. */
public final class InMemoryWatchlistStore implements LoadWatchlistPort, SaveWatchlistPort, LoadWatchedAssetsPort {
  private final Map<UserId, Watchlist> lists = new ConcurrentHashMap<>();

  @Override
  public Optional<Watchlist> find(UserId owner) {
    return Optional.ofNullable(lists.get(owner));
  }

  @Override
  public synchronized Watchlist save(Watchlist watchlist, Instant now) {
    long stored = find(watchlist.owner()).map(Watchlist::version).orElse(0L);
    if (stored != watchlist.version()) throw new StaleWatchlistException(watchlist.owner(), watchlist.version(), null);
    Watchlist saved = new Watchlist(watchlist.owner(), watchlist.assets(), stored + 1, now);
    lists.put(saved.owner(), saved);
    return saved;
  }

  @Override
  public List<AssetId> watchedAssets(UserId user) {
    return find(user).map(Watchlist::assets).orElse(List.of());
  }

  /** Drops an asset from every watchlist, closing the gap (the fake's ON DELETE CASCADE of assets). */
  public synchronized void deleteAsset(AssetId asset) {
    lists.replaceAll((owner, list) -> list.remove(asset).getOrElse(list));
  }

  /** Drops a user's watchlist (the fake's ON DELETE CASCADE of users). */
  public void deleteOwner(UserId owner) {
    lists.remove(owner);
  }
}
