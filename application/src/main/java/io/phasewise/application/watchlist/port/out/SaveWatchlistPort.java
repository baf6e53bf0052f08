package io.phasewise.application.watchlist.port.out;

import io.phasewise.domain.watchlist.Watchlist;
import java.time.Instant;

/** Outgoing port: stores a watchlist if nobody stored another since it was read (optimistic locking). */
public interface SaveWatchlistPort {

  /**
   * Stores {@code watchlist} as saved {@code now} and returns it with its new version (one more than
   * the version it was read at; 1 for a first save).
   *
   * @throws StaleWatchlistException when the stored version is no longer {@code watchlist.version()}
   */
  Watchlist save(Watchlist watchlist, Instant now);
}
