package io.phasewise.application.dashboard.service;

import io.phasewise.application.dashboard.port.in.Dashboard;
import io.phasewise.application.dashboard.port.in.DashboardCard;
import io.phasewise.application.dashboard.port.in.QueryDashboardUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.phase.port.out.LoadPhasesPort;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.watchlist.port.out.LoadWatchedAssetsPort;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a dashboard with four bulk reads whatever the watchlist's length: the watched assets, their
 * registrations, their current phases and their latest snapshots.
 */
public final class QueryDashboardService implements QueryDashboardUseCase {
  private final LoadWatchedAssetsPort watchlists;
  private final LoadAssetsPort assets;
  private final LoadPhasesPort phases;
  private final LoadSnapshotsPort snapshots;

  public QueryDashboardService(LoadWatchedAssetsPort watchlists, LoadAssetsPort assets, LoadPhasesPort phases,
      LoadSnapshotsPort snapshots) {
    this.watchlists = Objects.requireNonNull(watchlists, "watchlists");
    this.assets = Objects.requireNonNull(assets, "assets");
    this.phases = Objects.requireNonNull(phases, "phases");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
  }

  @Override
  public Dashboard cards(UserId user, Interval interval) {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(interval, "interval");
    List<AssetId> watched = watchlists.watchedAssets(user);
    if (watched.isEmpty()) return new Dashboard(user, interval, List.of());
    Map<AssetId, Asset> registered = assets.findByIds(watched);
    Map<AssetId, PhaseState> current = phases.current(watched, interval);
    Map<AssetId, SnapshotSet> latest = snapshots.latest(watched, interval, TimeBounds.END);
    List<DashboardCard> cards = new ArrayList<>(watched.size());
    for (AssetId id : watched) {
      // an asset deleted between the two reads has left the watchlist too (cascade): no card
      Asset asset = registered.get(id);
      if (asset == null) continue;
      cards.add(new DashboardCard(cards.size(), asset, Optional.ofNullable(current.get(id)),
          Optional.ofNullable(latest.get(id))));
    }
    return new Dashboard(user, interval, cards);
  }
}
