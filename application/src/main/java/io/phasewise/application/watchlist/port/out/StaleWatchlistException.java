package io.phasewise.application.watchlist.port.out;

import io.phasewise.domain.account.UserId;

/** Thrown by {@link SaveWatchlistPort} when another change of the same watchlist was stored first. */
public class StaleWatchlistException extends RuntimeException {
  public StaleWatchlistException(UserId owner, long readVersion, Throwable cause) {
    super("the watchlist of user " + owner + " was changed by another request since version " + readVersion
        + "; read it again and retry", cause);
  }
}
