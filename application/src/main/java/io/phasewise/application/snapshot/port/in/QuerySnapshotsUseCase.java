package io.phasewise.application.snapshot.port.in;

import io.phasewise.application.shared.Page;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.snapshot.SnapshotSet;
import io.vavr.control.Either;

/** Use case: read stored snapshots. Ranges are of bar open times, {@code [from, to)}. */
public interface QuerySnapshotsUseCase {

  /** One asset's snapshots over a range, paged. */
  Either<Failure, Page<SnapshotSet>> history(SnapshotHistoryQuery query);

  /** The latest snapshots of many assets in one call; an unknown asset is an error naming it. */
  Either<Failure, LatestSnapshots> latest(LatestSnapshotsQuery query);

  /** Features joined with the close of the same bar over a range, ordered by asset then bar, paged. */
  Either<Failure, Page<TrainingRow>> trainingRows(TrainingRowsQuery query);
}
