package io.phasewise.adapters.rest.snapshot;

import io.phasewise.application.snapshot.port.in.LatestSnapshots;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The latest snapshot of each requested asset in request order, and the assets that have none yet. */
@Schema(name = "LatestSnapshots")
record LatestSnapshotsJson(
    @Schema(example = "1d") String interval,
    List<SnapshotJson> snapshots,
    @Schema(description = "ids of the requested assets without snapshots at this interval") List<Long> withoutSnapshots) {

  static LatestSnapshotsJson of(Interval interval, LatestSnapshots latest) {
    return new LatestSnapshotsJson(interval.code(), latest.snapshots().stream().map(SnapshotJson::of).toList(),
        latest.withoutSnapshots().stream().map(AssetId::value).toList());
  }
}
