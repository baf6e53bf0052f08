package io.phasewise.adapters.rest.indicator;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.phasewise.application.indicator.port.in.IndicatorDescription;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;

/** A catalogued indicator: name, what it computes, the parameters it takes and the outputs it gives. */
@Schema(name = "Indicator")
record IndicatorDescriptionJson(
    @Schema(example = "macd") String name,
    String description,
    List<ParameterJson> parameters,
    @Schema(description = "names of the values the indicator gives at each bar") List<String> outputs) {

  /** One parameter, given as a query parameter of the same name. */
  @Schema(name = "IndicatorParameter")
  record ParameterJson(
      @Schema(example = "fast") String name,
      @Schema(description = "integer, decimal, choice (one of choices) or asset (an asset id)") String kind,
      @JsonProperty("default") @Schema(description = "taken when the parameter is absent; null: required, or "
          + "(periods_per_year) the asset's trading calendar", example = "12") String defaultValue,
      @Schema(description = "the accepted words of a choice, else empty") List<String> choices,
      String description) {}

  static IndicatorDescriptionJson of(IndicatorDescription d) {
    return new IndicatorDescriptionJson(d.name(), d.description(), d.parameters().stream()
        .map(p -> new ParameterJson(p.name(), p.kind().name().toLowerCase(Locale.ROOT), p.defaultValue(), p.choices(),
            p.description()))
        .toList(), d.outputs());
  }
}
