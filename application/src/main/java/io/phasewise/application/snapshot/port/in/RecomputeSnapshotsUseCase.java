package io.phasewise.application.snapshot.port.in;

import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * Use case: compute and store the snapshots (market, indicators, features) of an asset's bars.
 * Incremental by default: only bars after the last stored snapshot are computed, from a bounded
 * window of history; a rebuild recomputes every bar.
 */
public interface RecomputeSnapshotsUseCase {

  /** Snapshots of the bars that have none yet. */
  Either<Failure, RecomputeResult> recompute(AssetId asset, Interval interval);

  /**
   * Snapshots of the bars that have none yet and of every bar from {@code changedFrom} on: what an
   * import that stored or changed candles from {@code changedFrom} on calls.
   */
  Either<Failure, RecomputeResult> recomputeFrom(AssetId asset, Interval interval, Instant changedFrom);

  /** Drops the asset's snapshots at this interval and computes every bar again. */
  Either<Failure, RecomputeResult> rebuild(AssetId asset, Interval interval);

  /**
   * Every registered asset, in parallel across cores, each in its own transaction: one asset's bad
   * data fails that asset only. One such recompute runs at a time across every process on the store:
   * while one runs, another is a {@link Failure.Conflict}.
   */
  Either<Failure, BatchReport<RecomputeResult>> recomputeUniverse(Interval interval, boolean rebuild, BatchProgress<RecomputeResult> progress);

  /**
   * The snapshots of the bars that have none yet of {@code assets} (e.g. the ones Phasewise analyses),
   * in parallel, each in its own transaction: one asset's failure (unknown id, bad data, an outage)
   * fails that asset only. Outcomes in request order, each asset once.
   */
  BatchReport<RecomputeResult> recompute(List<AssetId> assets, Interval interval, BatchProgress<RecomputeResult> progress);
}
