package io.phasewise.adapters.rest.snapshot;

import io.phasewise.application.snapshot.SnapshotUseCases;
import java.time.Clock;
import java.util.List;

/** The snapshot context's resources: history, latest snapshots, features and recomputes. */
public final class SnapshotResources {
  private SnapshotResources() {}

  public static List<Object> of(SnapshotUseCases snapshots, Clock clock) {
    return List.of(
        new SnapshotHistoryResource(snapshots.query(), clock),
        new LatestSnapshotsResource(snapshots.query()),
        new FeaturesResource(snapshots.query(), clock),
        new AssetRecomputeResource(snapshots.recompute()),
        new UniverseRecomputeResource(snapshots.recompute()));
  }
}
