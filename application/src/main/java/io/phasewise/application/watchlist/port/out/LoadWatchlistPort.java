package io.phasewise.application.watchlist.port.out;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.watchlist.Watchlist;
import java.util.Optional;

/** Outgoing port: a user's stored watchlist with its version; empty when it has never been saved. */
public interface LoadWatchlistPort {
  Optional<Watchlist> find(UserId owner);
}
