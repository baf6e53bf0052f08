package io.phasewise.domain.watchlist;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A user's watchlist (the assets they watch): distinct assets in display order, at most
 * {@value #MAX_ASSETS}. Every change returns a new watchlist with the same {@code version}; the store
 * assigns the next version when it saves one, and refuses a save based on an older version.
 *
 * <p>The watchlist decides: a change that would break a rule (a duplicate, an asset not on the list,
 * a position out of range, too many assets) is refused with a {@link WatchlistRejection}, never an
 * exception. The constructor still throws {@link IllegalArgumentException}, for a programming error
 * only (state no valid sequence of changes can reach).
 *
 * @param version the stored version this state was read at; 0 for a watchlist never saved
 * @param updatedAt when it was last saved, or {@code null} when never
 */
public record Watchlist(UserId owner, List<AssetId> assets, long version, Instant updatedAt) {
  public static final int MAX_ASSETS = 500;

  public Watchlist {
    Objects.requireNonNull(owner, "owner");
    assets = List.copyOf(assets);
    if (version < 0) throw new IllegalArgumentException("watchlist version must not be negative: " + version);
    if ((version == 0) != (updatedAt == null)) {
      throw new IllegalArgumentException("a watchlist has a save time exactly when it has been saved (version > 0)");
    }
    requireValid(assets);
  }

  /** The empty, never saved watchlist of {@code owner}. */
  public static Watchlist empty(UserId owner) {
    return new Watchlist(owner, List.of(), 0, null);
  }

  /** The first asset that occurs twice in {@code assets}, if any. */
  static Optional<AssetId> firstDuplicate(List<AssetId> assets) {
    Set<AssetId> seen = new HashSet<>();
    for (AssetId asset : assets) {
      if (!seen.add(Objects.requireNonNull(asset, "asset"))) return Optional.of(asset);
    }
    return Optional.empty();
  }

  private static void requireValid(List<AssetId> assets) {
    if (assets.size() > MAX_ASSETS) {
      throw new IllegalArgumentException("a watchlist holds at most " + MAX_ASSETS + " assets, not " + assets.size());
    }
    firstDuplicate(assets).ifPresent(d -> {
      throw new IllegalArgumentException("asset " + d + " is on the watchlist twice");
    });
  }

  public int size() {
    return assets.size();
  }

  public boolean isFull() {
    return assets.size() >= MAX_ASSETS;
  }

  public boolean contains(AssetId asset) {
    return assets.contains(asset);
  }

  /** The display position (from 0) of {@code asset}, or -1 when it is not on the watchlist. */
  public int positionOf(AssetId asset) {
    return assets.indexOf(asset);
  }

  /** {@code asset} appended at the end. */
  public Either<WatchlistRejection, Watchlist> add(AssetId asset) {
    return add(asset, assets.size());
  }

  /** {@code asset} inserted at {@code position} (0 to {@link #size()}), later assets moving down one. */
  public Either<WatchlistRejection, Watchlist> add(AssetId asset, int position) {
    Objects.requireNonNull(asset, "asset");
    if (contains(asset)) return Either.left(new WatchlistRejection.AlreadyListed(asset));
    if (isFull()) return Either.left(new WatchlistRejection.Full(MAX_ASSETS));
    return inRange(position, assets.size()).map(at -> {
      List<AssetId> next = new ArrayList<>(assets);
      next.add(at, asset);
      return with(next);
    });
  }

  /** Without {@code asset}, later assets moving up one. */
  public Either<WatchlistRejection, Watchlist> remove(AssetId asset) {
    return positionOn(asset).map(at -> {
      List<AssetId> next = new ArrayList<>(assets);
      next.remove((int) at);
      return with(next);
    });
  }

  /** {@code asset} moved to {@code position} (0 to {@link #size()} − 1), the others keeping their order. */
  public Either<WatchlistRejection, Watchlist> move(AssetId asset, int position) {
    return positionOn(asset).flatMap(from -> inRange(position, assets.size() - 1).map(to -> {
      List<AssetId> next = new ArrayList<>(assets);
      next.remove((int) from);
      next.add(to, asset);
      return with(next);
    }));
  }

  /** The whole list replaced by {@code assets} (distinct, at most {@value #MAX_ASSETS}), in their order. */
  public Either<WatchlistRejection, Watchlist> replace(List<AssetId> assets) {
    if (assets.size() > MAX_ASSETS) return Either.left(new WatchlistRejection.TooMany(assets.size(), MAX_ASSETS));
    return firstDuplicate(assets).<Either<WatchlistRejection, Watchlist>>map(d -> Either.left(new WatchlistRejection.Duplicate(d)))
        .orElseGet(() -> Either.right(with(assets)));
  }

  private Either<WatchlistRejection, Integer> positionOn(AssetId asset) {
    int at = assets.indexOf(Objects.requireNonNull(asset, "asset"));
    return at < 0 ? Either.left(new WatchlistRejection.NotListed(asset)) : Either.right(at);
  }

  private static Either<WatchlistRejection, Integer> inRange(int position, int last) {
    return position < 0 || position > last
        ? Either.left(new WatchlistRejection.PositionOutOfRange(position, last))
        : Either.right(position);
  }

  private Watchlist with(List<AssetId> next) {
    return new Watchlist(owner, next, version, updatedAt);
  }
}
