package io.phasewise.application.snapshot.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.util.List;

/** The latest snapshots of the requested assets in request order, and the assets that have none yet. */
public record LatestSnapshots(List<SnapshotSet> snapshots, List<AssetId> withoutSnapshots) {

  public LatestSnapshots {
    snapshots = List.copyOf(snapshots);
    withoutSnapshots = List.copyOf(withoutSnapshots);
  }
}
