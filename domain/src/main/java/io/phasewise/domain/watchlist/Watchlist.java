package io.phasewise.domain.watchlist;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
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
 * <p>Operations that would break an invariant (a duplicate, a missing asset, a position out of range,
 * too many assets) throw {@link IllegalArgumentException}: callers check with {@link #contains},
 * {@link #size} and {@link #isFull} first and turn a refusal into a business failure.
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
  public static Optional<AssetId> firstDuplicate(List<AssetId> assets) {
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
  public Watchlist add(AssetId asset) {
    return add(asset, assets.size());
  }

  /** {@code asset} inserted at {@code position} (0 to {@link #size()}), later assets moving down one. */
  public Watchlist add(AssetId asset, int position) {
    Objects.requireNonNull(asset, "asset");
    if (contains(asset)) throw new IllegalArgumentException("asset " + asset + " is already on the watchlist");
    if (isFull()) throw new IllegalArgumentException("a watchlist holds at most " + MAX_ASSETS + " assets");
    requirePosition(position, assets.size());
    List<AssetId> next = new ArrayList<>(assets);
    next.add(position, asset);
    return with(next);
  }

  /** Without {@code asset}, later assets moving up one. */
  public Watchlist remove(AssetId asset) {
    int at = requireOn(asset);
    List<AssetId> next = new ArrayList<>(assets);
    next.remove(at);
    return with(next);
  }

  /** {@code asset} moved to {@code position} (0 to {@link #size()} − 1), the others keeping their order. */
  public Watchlist move(AssetId asset, int position) {
    int at = requireOn(asset);
    requirePosition(position, assets.size() - 1);
    List<AssetId> next = new ArrayList<>(assets);
    next.remove(at);
    next.add(position, asset);
    return with(next);
  }

  /** The whole list replaced by {@code assets} (distinct, at most {@value #MAX_ASSETS}), in their order. */
  public Watchlist replace(List<AssetId> assets) {
    return with(assets);
  }

  private int requireOn(AssetId asset) {
    int at = assets.indexOf(Objects.requireNonNull(asset, "asset"));
    if (at < 0) throw new IllegalArgumentException("asset " + asset + " is not on the watchlist");
    return at;
  }

  private static void requirePosition(int position, int last) {
    if (position < 0 || position > last) {
      throw new IllegalArgumentException("position must be in 0.." + last + ": " + position);
    }
  }

  private Watchlist with(List<AssetId> next) {
    return new Watchlist(owner, next, version, updatedAt);
  }
}
