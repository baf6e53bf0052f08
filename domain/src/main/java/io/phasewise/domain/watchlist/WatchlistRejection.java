package io.phasewise.domain.watchlist;

import io.phasewise.domain.market.AssetId;

/**
 * Why a {@link Watchlist} refused a change: a closed set, so whoever turns a refusal into an answer
 * handles every kind through {@link #accept} (adding a kind breaks the build of each {@link Cases}).
 */
public sealed interface WatchlistRejection {

  /** Hands this rejection to the method of {@code cases} that handles its kind. */
  <R> R accept(Cases<R> cases);

  /** One method per kind of rejection. */
  interface Cases<R> {
    R alreadyListed(AlreadyListed rejection);

    R full(Full rejection);

    R notListed(NotListed rejection);

    R positionOutOfRange(PositionOutOfRange rejection);

    R duplicate(Duplicate rejection);

    R tooMany(TooMany rejection);
  }

  /** {@code asset} is on the watchlist already. */
  record AlreadyListed(AssetId asset) implements WatchlistRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.alreadyListed(this);
    }
  }

  /** The watchlist holds {@code max} assets and takes no more. */
  record Full(int max) implements WatchlistRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.full(this);
    }
  }

  /** {@code asset} is not on the watchlist. */
  record NotListed(AssetId asset) implements WatchlistRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.notListed(this);
    }
  }

  /** {@code position} is outside 0..{@code last}. */
  record PositionOutOfRange(int position, int last) implements WatchlistRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.positionOutOfRange(this);
    }
  }

  /** A replacement list names {@code asset} more than once. */
  record Duplicate(AssetId asset) implements WatchlistRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.duplicate(this);
    }
  }

  /** A replacement list holds {@code count} assets, more than {@code max}. */
  record TooMany(int count, int max) implements WatchlistRejection {
    @Override
    public <R> R accept(Cases<R> cases) {
      return cases.tooMany(this);
    }
  }
}
