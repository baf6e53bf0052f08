package io.phasewise.application.snapshot.port.out;

import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: reads stored snapshots, in bar order. Ranges are of bar open times, {@code [from, to)}. */
public interface LoadSnapshotsPort {

  /** Open time of the latest bar of the asset with stored snapshots at this interval. */
  Optional<Instant> lastBarTime(AssetId asset, Interval interval);

  /** The snapshots of the asset's bars in {@code [from, to)}, skipping {@code offset}, at most {@code limit}. */
  List<SnapshotSet> history(AssetId asset, Interval interval, Instant from, Instant to, long offset, int limit);

  /** How many bars {@link #history} would return with no paging. */
  long count(AssetId asset, Interval interval, Instant from, Instant to);

  /**
   * The snapshots of each asset's latest bar known as of {@code asOf} (its end time at or before it),
   * for the assets that have one at this interval.
   */
  Map<AssetId, SnapshotSet> latest(Collection<AssetId> assets, Interval interval, Instant asOf);

  /**
   * Features of bars in {@code [from, to)} joined with the stored close of the same bar (the first
   * source by name, as {@code LoadCandlesPort.loadSeries} reads), ordered by asset then bar; every
   * asset when {@code assets} is empty.
   */
  List<TrainingRow> trainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets, long offset,
      int limit);

  /** How many rows {@link #trainingRows} would return with no paging. */
  long countTrainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets);
}
