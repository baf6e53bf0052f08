package io.phasewise.application.indicator.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Query: indicator {@code name} with {@code parameters} (as text, e.g. {@code period=14}; absent
 * ones take their defaults) over the bars of {@code asset} with open time in {@code [from, to)}.
 *
 * @param adjusted compute on prices back-adjusted for splits and dividends
 */
public record IndicatorQuery(AssetId asset, Interval interval, String name, Map<String, String> parameters,
    Instant from, Instant to, boolean adjusted) {

  public IndicatorQuery {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    parameters = Map.copyOf(parameters);
    if (!from.isBefore(to)) throw new IllegalArgumentException("from " + from + " must be before to " + to);
  }
}
