package io.phasewise.application.snapshot.service;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Computes an asset's snapshots from its stored candles and stores them in one transaction. An
 * incremental run reads only {@link SnapshotEngine#HISTORY_BARS} bars before the first bar it
 * computes (intraday: from the start of that UTC day, so session VWAPs are whole), which gives the
 * values a full-history run gives within 1e-9 relative.
 */
public final class RecomputeSnapshotsService implements RecomputeSnapshotsUseCase {
  private static final String WORK = "snapshot recompute";

  private final LoadAssetsPort assets;
  private final LoadCandlesPort candles;
  private final SaveSnapshotsPort saveSnapshots;
  private final LoadSnapshotsPort loadSnapshots;
  private final TransactionPort tx;
  private final RunLockPort universeLock;
  private final SnapshotEngine engine;
  private final AssetBatch batch;

  /**
   * A service computing with {@code engine}, recomputing many assets with {@code batch}, one universe
   * recompute at a time under {@code universeLock}.
   */
  public RecomputeSnapshotsService(LoadAssetsPort assets, LoadCandlesPort candles, SaveSnapshotsPort saveSnapshots,
      LoadSnapshotsPort loadSnapshots, TransactionPort tx, RunLockPort universeLock, SnapshotEngine engine,
      AssetBatch batch) {
    this.assets = assets;
    this.candles = candles;
    this.saveSnapshots = saveSnapshots;
    this.loadSnapshots = loadSnapshots;
    this.tx = tx;
    this.universeLock = universeLock;
    this.engine = engine;
    this.batch = batch;
  }

  @Override
  public Either<Failure, RecomputeResult> recompute(AssetId asset, Interval interval) {
    return run(asset, interval, Optional.empty(), false);
  }

  @Override
  public Either<Failure, RecomputeResult> recomputeFrom(AssetId asset, Interval interval, Instant changedFrom) {
    return run(asset, interval, Optional.of(changedFrom), false);
  }

  @Override
  public Either<Failure, RecomputeResult> rebuild(AssetId asset, Interval interval) {
    return run(asset, interval, Optional.empty(), true);
  }

  /** Every registered asset, each once; outcomes in asset id order. */
  @Override
  public Either<Failure, BatchReport<RecomputeResult>> recomputeUniverse(Interval interval, boolean rebuild,
      BatchProgress<RecomputeResult> progress) {
    return universeLock.whileHeld(() -> {
      List<Asset> all = assets.listAll().stream().sorted(Comparator.comparingLong(a -> a.id().value())).toList();
      return batch.forAssets(WORK, all, asset -> run(asset, interval, Optional.empty(), rebuild), progress);
    }).<Either<Failure, BatchReport<RecomputeResult>>>map(Either::right).orElseGet(() -> Either.left(new Failure.Conflict(
        "a recompute of every asset's snapshots is already in progress; try again when it has finished")));
  }

  /** The assets with these ids, each once; an unknown id is that asset's not-found failure. Outcomes in request order. */
  @Override
  public BatchReport<RecomputeResult> recompute(List<AssetId> ids, Interval interval,
      BatchProgress<RecomputeResult> progress) {
    return batch.forIds(WORK, ids, assets::findById, asset -> run(asset, interval, Optional.empty(), false), progress);
  }

  private Either<Failure, RecomputeResult> run(AssetId id, Interval interval, Optional<Instant> changedFrom,
      boolean rebuild) {
    return assets.findById(id)
        .map(asset -> run(asset, interval, changedFrom, rebuild))
        .orElseGet(() -> Either.left(new Failure.NotFound("asset", id.toString())));
  }

  private Either<Failure, RecomputeResult> run(Asset asset, Interval interval, Optional<Instant> changedFrom,
      boolean rebuild) {
    AssetId id = asset.id();
    Instant firstBar = firstBarToCompute(id, interval, changedFrom, rebuild);
    CandleSeries series = candles.loadSeries(id, interval, historyStart(id, interval, firstBar), TimeBounds.END, null);
    int from = series.firstIndexAtOrAfter(firstBar.toEpochMilli());
    if (from == series.size() && !rebuild) {
      return Either.right(new RecomputeResult(id, interval, series.size(), UpsertCount.NONE, Optional.empty(), Optional.empty()));
    }
    SnapshotFrame frame;
    try {
      frame = engine.compute(id, series, TradingCalendar.of(asset.type()));
    } catch (IllegalArgumentException badData) {
      return Either.left(Failure.InvalidInput.of("candles", asset.symbol() + " " + interval.code() + ": " + badData.getMessage()));
    }
    UpsertCount written = tx.inTransaction(() -> {
      if (rebuild) saveSnapshots.deleteAll(id, interval);
      return saveSnapshots.save(frame, from);
    });
    Optional<Instant> first = from < frame.size() ? Optional.of(frame.barTime(from)) : Optional.empty();
    Optional<Instant> last = from < frame.size() ? Optional.of(frame.barTime(frame.size() - 1)) : Optional.empty();
    return Either.right(new RecomputeResult(id, interval, series.size(), written, first, last));
  }

  private Instant firstBarToCompute(AssetId id, Interval interval, Optional<Instant> changedFrom, boolean rebuild) {
    if (rebuild) return TimeBounds.BEGINNING;
    Optional<Instant> last = loadSnapshots.lastBarTime(id, interval);
    if (last.isEmpty()) return TimeBounds.BEGINNING;
    Instant afterLast = last.get().plusMillis(1);
    return changedFrom.filter(changed -> changed.isBefore(afterLast)).orElse(afterLast);
  }

  private Instant historyStart(AssetId id, Interval interval, Instant firstBar) {
    if (firstBar.equals(TimeBounds.BEGINNING)) return firstBar;
    Instant start = candles.barTimeBefore(id, interval, firstBar, SnapshotEngine.HISTORY_BARS).orElse(firstBar);
    return interval.compareTo(Interval.D1) < 0 ? Interval.D1.floor(start) : start;
  }
}
