package io.phasewise.adapters.persistence.snapshot;

import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.BULK_THRESHOLD;
import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.STAGING_CHUNK;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.adapters.persistence.shared.PostgresRunLockAdapter;
import io.phasewise.application.snapshot.SnapshotPorts;
import java.util.List;

/**
 * The persistence of the snapshot context: market snapshots, indicator snapshots and features of each
 * bar, and the universe recompute's run lock.
 */
public final class SnapshotPersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<SnapshotPorts> MODULE =
      new PersistenceModule<>(List.of(), SnapshotPersistence::ports);

  private SnapshotPersistence() {}

  /** The snapshot adapters on {@code database}. */
  public static SnapshotPorts ports(Database database) {
    JooqSnapshotPersistenceAdapter snapshots =
        new JooqSnapshotPersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
    return new SnapshotPorts(snapshots, snapshots, database.transactions(),
        new PostgresRunLockAdapter(database, PostgresRunLockAdapter.UNIVERSE_RECOMPUTE));
  }
}
