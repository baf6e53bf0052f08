package io.phasewise.domain.watchlist;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

/** Test data: a watchlist in a few readable calls; unsaved, of a random owner and empty unless told. */
public final class WatchlistBuilder {
  private UserId owner = new UserId(UUID.randomUUID());
  private List<AssetId> assets = List.of();
  private long version;
  private Instant updatedAt;

  private WatchlistBuilder() {}

  public static WatchlistBuilder aWatchlist() {
    return new WatchlistBuilder();
  }

  public WatchlistBuilder ownedBy(UserId owner) {
    this.owner = owner;
    return this;
  }

  public WatchlistBuilder holding(AssetId... assets) {
    this.assets = List.of(assets);
    return this;
  }

  public WatchlistBuilder holding(List<AssetId> assets) {
    this.assets = List.copyOf(assets);
    return this;
  }

  /** Holding the assets with these ids, in this order. */
  public WatchlistBuilder holdingIds(long... ids) {
    return holding(LongStream.of(ids).mapToObj(AssetId::of).toList());
  }

  /** As read back from the store at {@code version}, last saved {@code at}. */
  public WatchlistBuilder saved(long version, Instant at) {
    this.version = version;
    this.updatedAt = at;
    return this;
  }

  public Watchlist build() {
    return new Watchlist(owner, assets, version, updatedAt);
  }
}
