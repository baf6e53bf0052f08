package io.phasewise.domain.indicator;

import io.phasewise.domain.indicator.IndicatorParameter.Kind;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one indicator request, checked against its descriptor: every name known, every
 * value readable as its kind and within its bounds, defaults filled in. Checks across parameters
 * (a slow period above the fast one) are the kernels' own.
 */
public final class IndicatorArguments {
  /** The parameter whose default is the asset calendar's periods per year. */
  public static final String PERIODS_PER_YEAR = "periods_per_year";

  private final Map<String, String> values;

  private IndicatorArguments(Map<String, String> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * The arguments of {@code given} (by parameter name, as text) for {@code indicator}, or the first
   * problem, naming its parameter.
   */
  public static Either<Failure, IndicatorArguments> resolve(IndicatorDescriptor indicator, Map<String, String> given,
      double calendarPeriodsPerYear) {
    List<String> known = indicator.parameters().stream().map(IndicatorParameter::name).toList();
    for (String name : given.keySet()) {
      if (!known.contains(name)) {
        return Either.left(Failure.InvalidInput.of(name, "unknown parameter: " + indicator.name() + " takes "
            + (known.isEmpty() ? "no parameters" : String.join(", ", known))));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (IndicatorParameter p : indicator.parameters()) {
      String raw = given.get(p.name());
      if (raw == null || raw.isBlank()) {
        raw = p.name().equals(PERIODS_PER_YEAR) && p.defaultValue() == null ? Double.toString(calendarPeriodsPerYear) : p.defaultValue();
      }
      if (raw == null) return Either.left(Failure.InvalidInput.of(p.name(), "is required"));
      String problem = problem(p, raw.trim());
      if (problem != null) return Either.left(Failure.InvalidInput.of(p.name(), problem));
      values.put(p.name(), p.kind() == Kind.CHOICE ? raw.trim().toLowerCase(Locale.ROOT) : raw.trim());
    }
    return Either.right(new IndicatorArguments(values));
  }

  private static String problem(IndicatorParameter p, String raw) {
    try {
      return switch (p.kind()) {
        case INTEGER -> outOfBounds(p, Integer.parseInt(raw), Integer.toString(Integer.parseInt(raw)));
        case DECIMAL -> {
          double value = Double.parseDouble(raw);
          yield Double.isFinite(value) ? outOfBounds(p, value, raw) : "must be a finite number: " + raw;
        }
        case ASSET -> {
          AssetId.of(Long.parseLong(raw));
          yield null;
        }
        case CHOICE -> p.choices().contains(raw.toLowerCase(Locale.ROOT)) ? null : "must be one of " + p.choices() + ": " + raw;
      };
    } catch (IllegalArgumentException unreadable) {
      return switch (p.kind()) {
        case INTEGER -> "must be a whole number: " + raw;
        case DECIMAL -> "must be a number: " + raw;
        case ASSET -> "must be an asset id: " + raw;
        case CHOICE -> "must be one of " + p.choices() + ": " + raw;
      };
    }
  }

  /** The problem of a number outside the bounds, worded as the kernels word theirs ("period must be >= 1: 0"). */
  private static String outOfBounds(IndicatorParameter p, double value, String shown) {
    if (value < p.minimum()) return p.name() + " must be >= " + bound(p.minimum()) + ": " + shown;
    if (value > p.maximum()) return p.name() + " must be <= " + bound(p.maximum()) + ": " + shown;
    return null;
  }

  private static String bound(double bound) {
    return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
  }

  /** The parameters with defaults filled in, as text. */
  public Map<String, String> values() {
    return values;
  }

  public int integer(String name) {
    return Integer.parseInt(values.get(name));
  }

  public double decimal(String name) {
    return Double.parseDouble(values.get(name));
  }

  public String choice(String name) {
    return values.get(name);
  }

  public AssetId asset(String name) {
    return AssetId.of(Long.parseLong(values.get(name)));
  }
}
