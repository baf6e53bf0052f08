package io.phasewise.application.snapshot.port.out;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotFrame;

/**
 * Outgoing port: stores snapshots idempotently by natural key (asset, interval, bar open time); a
 * bar whose stored snapshots equal the new ones is unchanged, a different one is replaced.
 */
public interface SaveSnapshotsPort {

  /** Upserts the snapshots of bars {@code from .. frame.size() - 1} of {@code frame}. */
  UpsertCount save(SnapshotFrame frame, int from);

  /** Deletes every snapshot of the asset at this interval; returns how many bars were deleted. */
  long deleteAll(AssetId asset, Interval interval);
}
