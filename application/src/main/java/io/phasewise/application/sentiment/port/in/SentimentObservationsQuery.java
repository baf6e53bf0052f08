package io.phasewise.application.sentiment.port.in;

import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.Objects;

/** Query: the observations of {@code asset} observed within {@code [from, to)}, oldest first, one page. */
public record SentimentObservationsQuery(AssetId asset, Instant from, Instant to, PageRequest page) {
  public SentimentObservationsQuery {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    if (!from.isBefore(to)) throw new IllegalArgumentException("from " + from + " must be before to " + to);
  }
}
