package io.phasewise.application.snapshot;

import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;

/**
 * The outgoing ports of the snapshot context: the stored snapshots of each bar, their transactions and
 * the lock that lets one universe recompute run at a time.
 */
public record SnapshotPorts(LoadSnapshotsPort loadSnapshots, SaveSnapshotsPort saveSnapshots, TransactionPort tx,
    RunLockPort universeLock) {}
