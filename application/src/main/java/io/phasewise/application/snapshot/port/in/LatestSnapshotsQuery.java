package io.phasewise.application.snapshot.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Query: the latest {@code interval} snapshots of {@code assets} known as of {@code asOf} (bar end time at or before it). */
public record LatestSnapshotsQuery(List<AssetId> assets, Interval interval, Instant asOf) {
  public LatestSnapshotsQuery {
    assets = List.copyOf(assets);
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(asOf, "asOf");
  }
}
