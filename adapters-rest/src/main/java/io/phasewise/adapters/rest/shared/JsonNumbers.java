package io.phasewise.adapters.rest.shared;

import java.util.Map;
import java.util.TreeMap;

/** Doubles as JSON can carry them: NaN (a value still warming up) and infinities become null. */
public final class JsonNumbers {
  private JsonNumbers() {}

  public static Double orNull(double value) {
    return Double.isFinite(value) ? value : null;
  }

  /** {@code values} sorted by name, so clients see a stable order, each value {@link #orNull}. */
  public static Map<String, Double> sorted(Map<String, Double> values) {
    Map<String, Double> sorted = new TreeMap<>();
    values.forEach((name, value) -> sorted.put(name, orNull(value)));
    return sorted;
  }
}
