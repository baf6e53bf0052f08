package io.phasewise.application.indicator.service;

import io.phasewise.application.indicator.port.in.IndicatorDescription;
import io.phasewise.application.indicator.port.in.IndicatorDescription.Kind;
import io.phasewise.application.indicator.port.in.IndicatorDescription.Parameter;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one indicator request, checked against its description: every name known,
 * every value readable as its kind, defaults filled in. Range checks are the kernels' own.
 */
final class IndicatorArguments {
  /** The parameter whose default is the asset calendar's periods per year. */
  static final String PERIODS_PER_YEAR = "periods_per_year";

  private final Map<String, String> values;

  private IndicatorArguments(Map<String, String> values) {
    this.values = values;
  }

  static Either<Failure, IndicatorArguments> resolve(IndicatorDescription indicator, Map<String, String> given,
      double calendarPeriodsPerYear) {
    List<String> known = indicator.parameters().stream().map(Parameter::name).toList();
    for (String name : given.keySet()) {
      if (!known.contains(name)) {
        return Either.left(Failure.InvalidInput.of(name, "unknown parameter: " + indicator.name() + " takes "
            + (known.isEmpty() ? "no parameters" : String.join(", ", known))));
      }
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Parameter p : indicator.parameters()) {
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

  private static String problem(Parameter p, String raw) {
    try {
      switch (p.kind()) {
        case INTEGER -> Integer.parseInt(raw);
        case DECIMAL -> {
          if (!Double.isFinite(Double.parseDouble(raw))) return "must be a finite number: " + raw;
        }
        case ASSET -> AssetId.of(Long.parseLong(raw));
        case CHOICE -> {
          if (!p.choices().contains(raw.toLowerCase(Locale.ROOT))) return "must be one of " + p.choices() + ": " + raw;
        }
      }
      return null;
    } catch (IllegalArgumentException unreadable) {
      return switch (p.kind()) {
        case INTEGER -> "must be a whole number: " + raw;
        case DECIMAL -> "must be a number: " + raw;
        case ASSET -> "must be an asset id: " + raw;
        case CHOICE -> "must be one of " + p.choices() + ": " + raw;
      };
    }
  }

  /** The parameters with defaults filled in, as text. */
  Map<String, String> values() {
    return values;
  }

  int integer(String name) {
    return Integer.parseInt(values.get(name));
  }

  double decimal(String name) {
    return Double.parseDouble(values.get(name));
  }

  String choice(String name) {
    return values.get(name);
  }

  AssetId asset(String name) {
    return AssetId.of(Long.parseLong(values.get(name)));
  }
}
