package io.phasewise.application.indicator.port.in;

import io.phasewise.domain.indicator.IndicatorDescriptor;
import io.phasewise.domain.indicator.IndicatorParameter;
import java.util.List;

/** What an indicator is called, what it computes, the parameters it takes and the outputs it gives. */
public record IndicatorDescription(String name, String description, List<IndicatorParameter> parameters,
    List<String> outputs) {

  public IndicatorDescription {
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
  }

  /** The description of a registered indicator. */
  public static IndicatorDescription of(IndicatorDescriptor indicator) {
    return new IndicatorDescription(indicator.name(), indicator.description(), indicator.parameters(), indicator.outputs());
  }
}
