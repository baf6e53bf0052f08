package io.phasewise.application.snapshot;

import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.market.service.FollowCandles;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.application.snapshot.port.in.QuerySnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.application.snapshot.service.QuerySnapshotsService;
import io.phasewise.application.snapshot.service.RecomputeSnapshotsService;
import io.phasewise.domain.snapshot.SnapshotEngine;

/** The use cases of the snapshot context: snapshots of every bar recomputed from the candles, and read. */
public record SnapshotUseCases(RecomputeSnapshotsUseCase recompute, QuerySnapshotsUseCase query) {

  /** Every snapshot service on {@code ports}, over the market's assets and candles. */
  public static SnapshotUseCases wire(SnapshotPorts ports, MarketPorts market, Infrastructure infra) {
    return new SnapshotUseCases(
        new RecomputeSnapshotsService(market.loadAssets(), market.loadCandles(), ports.saveSnapshots(),
            ports.loadSnapshots(), ports.tx(), ports.universeLock(), SnapshotEngine.standard(), infra.batch()),
        new QuerySnapshotsService(market.loadAssets(), ports.loadSnapshots()));
  }

  /** Brings an asset's snapshots up to date whenever its candles change, logging what fails. */
  public CandlesChangedPort followCandles() {
    return new FollowCandles("snapshots", recompute::recomputeFrom);
  }
}
