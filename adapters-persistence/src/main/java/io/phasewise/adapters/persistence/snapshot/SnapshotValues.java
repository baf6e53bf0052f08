package io.phasewise.adapters.persistence.snapshot;

import io.phasewise.adapters.persistence.shared.JsonColumns;
import java.util.Map;
import org.jooq.JSONB;
import org.mapstruct.Named;

/**
 * Conversions of single snapshot values to and from their column types, used by the MapStruct
 * mapper and the COPY format: NaN is NULL, and the extras are a JSON object of name to number in
 * {@link JsonColumns}' exact format, so every double, NaN, the infinities and -0.0 included, reads
 * back bit for bit.
 */
final class SnapshotValues {
  private SnapshotValues() {}

  @Named("nullIfNaN")
  static Double column(double value) {
    return Double.isNaN(value) ? null : value;
  }

  static double value(Double column) {
    return column == null ? Double.NaN : column;
  }

  static JSONB extras(Map<String, Double> extras) {
    return JSONB.valueOf(json(extras));
  }

  static Map<String, Double> extras(JSONB json) {
    return JsonColumns.read(json, JsonColumns.NUMBERS, "an object of numbers (extras)");
  }

  /** The extras as a JSON object, for COPY. */
  static String json(Map<String, Double> extras) {
    return JsonColumns.exactNumbers(extras);
  }
}
