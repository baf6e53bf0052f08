package io.phasewise.benchmarks;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Snapshot ports that keep nothing, to time a universe recompute without its writes: every saved bar
 * is counted (and its last value read, so no computation is dead), and reads answer as an empty
 * store does.
 */
final class CountingSnapshotSink implements SaveSnapshotsPort, LoadSnapshotsPort {
  private final LongAdder bars = new LongAdder();
  private final LongAdder checksum = new LongAdder();

  long barsSaved() {
    return bars.sum();
  }

  @Override
  public UpsertCount save(SnapshotFrame frame, int from) {
    int n = frame.size() - from;
    bars.add(n);
    if (n > 0) checksum.add(Double.doubleToRawLongBits(frame.value(SnapshotFrame.Column.SMA_50, frame.size() - 1)));
    return new UpsertCount(n, 0, 0);
  }

  @Override
  public Optional<Instant> lastBarTime(AssetId asset, Interval interval) {
    return Optional.empty();
  }

  @Override
  public long deleteAll(AssetId asset, Interval interval) {
    return 0;
  }

  @Override
  public List<SnapshotSet> history(AssetId asset, Interval interval, Instant from, Instant to, long offset, int limit) {
    return List.of();
  }

  @Override
  public long count(AssetId asset, Interval interval, Instant from, Instant to) {
    return 0;
  }

  @Override
  public Map<AssetId, SnapshotSet> latest(Collection<AssetId> assets, Interval interval, Instant asOf) {
    return Map.of();
  }

  @Override
  public List<TrainingRow> trainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets, long offset,
      int limit) {
    return List.of();
  }

  @Override
  public long countTrainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets) {
    return 0;
  }
}
