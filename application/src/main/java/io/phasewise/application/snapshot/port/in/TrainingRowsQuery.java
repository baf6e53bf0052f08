package io.phasewise.application.snapshot.port.in;

import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Query: one page of features joined with the close of the same {@code interval} bar, for bars
 * opening within {@code [from, to)}; every asset when {@code assets} is empty.
 */
public record TrainingRowsQuery(Interval interval, Instant from, Instant to, List<AssetId> assets, PageRequest page) {
  public TrainingRowsQuery {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    assets = List.copyOf(assets);
    Objects.requireNonNull(page, "page");
  }
}
