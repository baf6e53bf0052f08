package io.phasewise.application.watchlist.service;

import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.watchlist.WatchlistRejection;
import io.phasewise.domain.watchlist.WatchlistRejection.AlreadyListed;
import io.phasewise.domain.watchlist.WatchlistRejection.Duplicate;
import io.phasewise.domain.watchlist.WatchlistRejection.Full;
import io.phasewise.domain.watchlist.WatchlistRejection.NotListed;
import io.phasewise.domain.watchlist.WatchlistRejection.PositionOutOfRange;
import io.phasewise.domain.watchlist.WatchlistRejection.TooMany;

/** The one place a watchlist's refusal becomes the {@link Failure} a caller sees, one case per kind. */
final class WatchlistRejections implements WatchlistRejection.Cases<Failure> {
  private static final WatchlistRejections CASES = new WatchlistRejections();

  private WatchlistRejections() {}

  static Failure failure(WatchlistRejection rejection) {
    return rejection.accept(CASES);
  }

  @Override
  public Failure alreadyListed(AlreadyListed rejection) {
    return new Failure.Conflict("asset " + rejection.asset() + " is already on the watchlist");
  }

  @Override
  public Failure full(Full rejection) {
    return new Failure.Conflict("the watchlist is full: it holds at most " + rejection.max() + " assets");
  }

  @Override
  public Failure notListed(NotListed rejection) {
    return new Failure.NotFound("watchlist item", rejection.asset().toString());
  }

  @Override
  public Failure positionOutOfRange(PositionOutOfRange rejection) {
    return Failure.InvalidInput.of("position", "must be in 0.." + rejection.last() + ", not " + rejection.position());
  }

  @Override
  public Failure duplicate(Duplicate rejection) {
    return Failure.InvalidInput.of("assets", "asset " + rejection.asset() + " is listed twice");
  }

  @Override
  public Failure tooMany(TooMany rejection) {
    return Failure.InvalidInput.of("assets", "must hold at most " + rejection.max() + " assets, not " + rejection.count());
  }
}
