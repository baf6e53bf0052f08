package io.phasewise.application.indicator.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An indicator over a range: the parameters it was computed with (defaults filled in), how many
 * bars it needs before its first value, and one column per output aligned with {@link #barTime}
 * (NaN where the bar is still in the warm-up).
 */
public record IndicatorSeries(AssetId asset, Interval interval, String name, Map<String, String> parameters, int warmUp,
    List<String> outputs, long[] openTimes, double[][] columns) {

  public IndicatorSeries {
    parameters = Map.copyOf(parameters);
    outputs = List.copyOf(outputs);
    if (columns.length != outputs.size()) throw new IllegalArgumentException(outputs.size() + " outputs, " + columns.length + " columns");
  }

  public int size() {
    return openTimes.length;
  }

  public Instant barTime(int i) {
    return Instant.ofEpochMilli(openTimes[i]);
  }
}
