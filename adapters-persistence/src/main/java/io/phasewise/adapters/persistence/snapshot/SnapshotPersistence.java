package io.phasewise.adapters.persistence.snapshot;

import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.BULK_THRESHOLD;
import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.STAGING_CHUNK;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;

/** The persistence ports of the snapshot context: market snapshots, indicator snapshots and features of each bar. */
public final class SnapshotPersistence {
  private final JooqSnapshotPersistenceAdapter snapshots;

  private SnapshotPersistence(Database database) {
    this.snapshots = new JooqSnapshotPersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
  }

  /** Wires the snapshot adapter onto {@code database}. */
  public static SnapshotPersistence create(Database database) {
    return new SnapshotPersistence(database);
  }

  public SaveSnapshotsPort saveSnapshots() {
    return snapshots;
  }

  public LoadSnapshotsPort loadSnapshots() {
    return snapshots;
  }
}
