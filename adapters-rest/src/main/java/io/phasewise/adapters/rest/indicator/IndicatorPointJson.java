package io.phasewise.adapters.rest.indicator;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.phasewise.application.indicator.port.in.IndicatorSeries;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One bar of an indicator: its open time and, under each output's name, the value (null while warming up). */
@Schema(name = "IndicatorPoint", description = "time, then one number per output of the indicator, named as the output "
    + "(null while warming up)")
@JsonPropertyOrder("time")
final class IndicatorPointJson {
  private final Instant time;
  private final Map<String, Double> values;

  private IndicatorPointJson(Instant time, Map<String, Double> values) {
    this.time = time;
    this.values = values;
  }

  /** Bar {@code i} of {@code series}. */
  static IndicatorPointJson of(IndicatorSeries series, int i) {
    Map<String, Double> values = new LinkedHashMap<>();
    List<String> outputs = series.outputs();
    for (int k = 0; k < outputs.size(); k++) values.put(outputs.get(k), JsonNumbers.orNull(series.columns()[k][i]));
    return new IndicatorPointJson(series.barTime(i), values);
  }

  @Schema(description = "open time of the bar, UTC", example = "2024-01-02T00:00:00Z")
  public Instant getTime() {
    return time;
  }

  @JsonAnyGetter
  @Schema(hidden = true)
  public Map<String, Double> values() {
    return values;
  }
}
