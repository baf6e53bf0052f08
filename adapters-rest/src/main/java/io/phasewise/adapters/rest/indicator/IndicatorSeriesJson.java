package io.phasewise.adapters.rest.indicator;

import io.phasewise.application.indicator.port.in.IndicatorSeries;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An indicator computed over a range of an asset's bars: how it was computed and its value at each bar. */
@Schema(name = "IndicatorSeries")
record IndicatorSeriesJson(
    long asset,
    @Schema(example = "1d") String interval,
    @Schema(example = "rsi") String indicator,
    @Schema(description = "every parameter it was computed with, defaults included") Map<String, String> parameters,
    @Schema(description = "bars of history needed before the first value") int warmUp,
    @Schema(description = "names of the values at each point") List<String> outputs,
    @Schema(description = "data as of: end time of the newest bar of the range, when its values became known; null "
        + "when the range holds no bar", example = "2024-01-03T00:00:00Z", nullable = true) Instant asOf,
    @Schema(description = "one per bar of the range, oldest first") List<IndicatorPointJson> points) {

  static IndicatorSeriesJson of(IndicatorSeries series) {
    Instant asOf = series.size() == 0 ? null : series.barTime(series.size() - 1).plus(series.interval().length());
    return new IndicatorSeriesJson(series.asset().value(), series.interval().code(), series.name(),
        new TreeMap<>(series.parameters()), series.warmUp(), series.outputs(), asOf, points(series));
  }

  /** The points built one at a time as they are written, so a long series is never held twice in memory. */
  private static List<IndicatorPointJson> points(IndicatorSeries series) {
    return new AbstractList<>() {
      @Override
      public IndicatorPointJson get(int i) {
        return IndicatorPointJson.of(series, i);
      }

      @Override
      public int size() {
        return series.size();
      }
    };
  }
}
