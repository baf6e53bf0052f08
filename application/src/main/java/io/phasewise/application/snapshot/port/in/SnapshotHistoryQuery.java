package io.phasewise.application.snapshot.port.in;

import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Objects;

/** Query: one page of {@code asset}'s {@code interval} snapshots of bars opening within {@code [from, to)}. */
public record SnapshotHistoryQuery(AssetId asset, Interval interval, Instant from, Instant to, PageRequest page) {
  public SnapshotHistoryQuery {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
  }
}
