package io.phasewise.application.snapshot.port.in;

import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.snapshot.SnapshotSet;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/** Use case: read stored snapshots. Ranges are of bar open times, {@code [from, to)}. */
public interface QuerySnapshotsUseCase {

  /** One asset's snapshots over a range, paged. */
  Either<Failure, Page<SnapshotSet>> history(AssetId asset, Interval interval, Instant from, Instant to, PageRequest page);

  /**
   * The latest snapshots of many assets known as of {@code asOf} (bar end time at or before it), in
   * one call; an unknown asset is an error naming it.
   */
  Either<Failure, LatestSnapshots> latest(List<AssetId> assets, Interval interval, Instant asOf);

  /**
   * Features joined with the close of the same bar over a range, ordered by asset then bar, paged;
   * every asset when {@code assets} is empty.
   */
  Either<Failure, Page<TrainingRow>> trainingRows(Interval interval, Instant from, Instant to, List<AssetId> assets,
      PageRequest page);
}
