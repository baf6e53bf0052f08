package io.phasewise.application.dashboard;

import io.phasewise.application.dashboard.port.in.QueryDashboardUseCase;
import io.phasewise.application.dashboard.service.QueryDashboardService;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.phase.PhasePorts;
import io.phasewise.application.snapshot.SnapshotPorts;
import io.phasewise.application.watchlist.WatchlistPorts;

/** The use cases of the dashboard: a user's cards, read in a fixed number of queries. */
public record DashboardUseCases(QueryDashboardUseCase query) {

  /** The dashboard service over the watched assets, the assets, their phases and their snapshots. */
  public static DashboardUseCases wire(WatchlistPorts watchlists, MarketPorts market, PhasePorts phases,
      SnapshotPorts snapshots) {
    return new DashboardUseCases(new QueryDashboardService(watchlists.watchedAssets(), market.loadAssets(),
        phases.loadPhases(), snapshots.loadSnapshots()));
  }
}
