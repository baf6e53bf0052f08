package io.phasewise.application.watchlist;

import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.watchlist.port.in.ManageWatchlistUseCase;
import io.phasewise.application.watchlist.service.ManageWatchlistService;

/** The use cases of the watchlist context: each user's ordered watchlist. */
public record WatchlistUseCases(ManageWatchlistUseCase manage) {

  /** The watchlist service on {@code ports}. */
  public static WatchlistUseCases wire(WatchlistPorts ports, Infrastructure infra) {
    return new WatchlistUseCases(new ManageWatchlistService(ports.loadWatchlists(), ports.saveWatchlists(),
        ports.assetLabels(), ports.tx(), infra.clock()));
  }
}
