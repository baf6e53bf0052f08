package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Objects;

/** Query: {@code asset}'s {@code interval} phase timeline over {@code [from, to)}, with prices for a chart. */
public record PhaseTimelineQuery(AssetId asset, Interval interval, Instant from, Instant to) {
  public PhaseTimelineQuery {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
