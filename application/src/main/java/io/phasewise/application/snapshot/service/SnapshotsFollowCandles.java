package io.phasewise.application.snapshot.service;

import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings an asset's snapshots up to date whenever its candles change. A failure is logged, not
 * thrown: the candles are already committed, and the next change or a universe recompute catches up.
 */
public final class SnapshotsFollowCandles implements CandlesChangedPort {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotsFollowCandles.class);

  private final RecomputeSnapshotsUseCase recompute;

  public SnapshotsFollowCandles(RecomputeSnapshotsUseCase recompute) {
    this.recompute = recompute;
  }

  @Override
  public void candlesChanged(AssetId asset, Interval interval, Instant earliestChanged) {
    try {
      recompute.recomputeFrom(asset, interval, earliestChanged).peekLeft(failure ->
          LOG.warn("snapshots of asset {} {} not updated: {}", asset, interval.code(), failure.message()));
    } catch (RuntimeException e) {
      LOG.error("snapshots of asset {} {} not updated", asset, interval.code(), e);
    }
  }
}
