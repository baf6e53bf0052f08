package io.phasewise.application.phase.service;

import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays an asset's phases at the interval of its imported candles, right after the import commits, so
 * that an imported asset has a current phase and a timeline at once instead of at the next pipeline run.
 * It runs on the importing thread: the replay reads the asset's whole history once, which costs about as
 * much as the import itself, and the caller's answer then describes data that is fully analysed. A
 * failure is logged, not thrown: the candles are committed, and the next pipeline run catches up.
 */
public final class PhasesFollowImports implements CandlesChangedPort {
  private static final Logger LOG = LoggerFactory.getLogger(PhasesFollowImports.class);

  private final RecomputePhasesUseCase recompute;

  public PhasesFollowImports(RecomputePhasesUseCase recompute) {
    this.recompute = recompute;
  }

  @Override
  public void candlesChanged(AssetId asset, Interval interval, Instant earliestChanged) {
    try {
      recompute.recompute(asset, interval).peekLeft(failure ->
          LOG.warn("phases of asset {} {} not updated after the import: {}", asset, interval.code(), failure.message()));
    } catch (RuntimeException e) {
      LOG.error("phases of asset {} {} not updated after the import", asset, interval.code(), e);
    }
  }
}
