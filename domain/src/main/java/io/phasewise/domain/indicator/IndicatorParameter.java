package io.phasewise.domain.indicator;

import java.util.List;
import java.util.Objects;

/**
 * One parameter of an indicator, given as text: its name, how the text is read, its default (null
 * when required or, for {@link IndicatorArguments#PERIODS_PER_YEAR}, taken from the asset's trading
 * calendar), the words it accepts if it is a choice, the bounds of a number and its meaning.
 *
 * @param minimum the least value of a number ({@code -Infinity}: none)
 * @param maximum the greatest value of a number ({@code Infinity}: none)
 */
public record IndicatorParameter(String name, Kind kind, String defaultValue, List<String> choices, double minimum,
    double maximum, String description) {

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

  public IndicatorParameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    choices = List.copyOf(choices);
    if ((kind == Kind.CHOICE) == choices.isEmpty()) throw new IllegalArgumentException(name + ": choices are for a choice only");
    if (!(minimum <= maximum)) throw new IllegalArgumentException(name + ": minimum " + minimum + " above maximum " + maximum);
  }

  /** A whole number with no bounds. */
  public static IndicatorParameter integer(String name, String defaultValue, String description) {
    return new IndicatorParameter(name, Kind.INTEGER, defaultValue, List.of(), Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, description);
  }

  /** A decimal number with no bounds. */
  public static IndicatorParameter decimal(String name, String defaultValue, String description) {
    return new IndicatorParameter(name, Kind.DECIMAL, defaultValue, List.of(), Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, description);
  }

  /** One of {@code choices} (lower-case words). */
  public static IndicatorParameter choice(String name, String defaultValue, List<String> choices, String description) {
    return new IndicatorParameter(name, Kind.CHOICE, defaultValue, choices, Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY, description);
  }

  /** The id of another asset, required. */
  public static IndicatorParameter asset(String name, String description) {
    return new IndicatorParameter(name, Kind.ASSET, null, List.of(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        description);
  }

  /** This number, at least {@code least}. */
  public IndicatorParameter atLeast(double least) {
    return new IndicatorParameter(name, kind, defaultValue, choices, least, maximum, description);
  }

  /** This number, at most {@code most}. */
  public IndicatorParameter atMost(double most) {
    return new IndicatorParameter(name, kind, defaultValue, choices, minimum, most, description);
  }
}
