package io.phasewise.application.market.port.in;

import io.phasewise.application.shared.PageRequest;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Objects;

/**
 * Query: candles of {@code asset} at {@code interval} with open time in {@code [from, to)}.
 *
 * @param adjusted back-adjust prices (and volume) for every split and dividend after each bar
 * @param source only bars of this source; {@code null} takes, for each time, the first source by name
 * @param page which slice (ignored by {@link QueryCandlesUseCase#series})
 */
public record CandleQuery(AssetId asset, Interval interval, Instant from, Instant to, boolean adjusted,
    String source, PageRequest page) {
  public CandleQuery {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    if (!from.isBefore(to)) throw new IllegalArgumentException("from " + from + " must be before to " + to);
    if (source != null && source.isBlank()) source = null;
  }
}
