package io.phasewise.application.indicator.port.in;

import java.util.List;

/** What an indicator is called, what it computes, the parameters it takes and the outputs it gives. */
public record IndicatorDescription(String name, String description, List<Parameter> parameters, List<String> outputs) {

  /**
   * One parameter: its name, kind, default (null when required or, for {@code periods_per_year},
   * taken from the asset's trading calendar), the words it accepts if it is a choice, and its meaning.
   */
  public record Parameter(String name, Kind kind, String defaultValue, List<String> choices, String description) {
    public Parameter {
      choices = List.copyOf(choices);
    }
  }

  /** How a parameter's text is read. */
  public enum Kind {
    /** A whole number. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** One of the words listed in the description. */
    CHOICE,
    /** The id of another registered asset. */
    ASSET
  }

  public IndicatorDescription {
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
  }
}
