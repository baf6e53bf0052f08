package io.phasewise.adapters.persistence.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jooq.JSONB;
import org.mapstruct.Named;

/**
 * Conversions of single snapshot values to and from their column types, used by the MapStruct
 * mapper and the COPY format: NaN is NULL, and the extras are a JSON object of name to number.
 */
final class SnapshotValues {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Double>> DOUBLE_MAP = new TypeReference<>() {};

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
    try {
      return JSON.readValue(json.data(), DOUBLE_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored extras are not an object of numbers: " + json.data(), e);
    }
  }

  /**
   * The extras as a JSON object. jsonb keeps a number as an exact decimal (it may drop or add
   * trailing zeros and the exponent), so the decimal {@link Double#toString} writes reads back as the
   * same double. The doubles no JSON number holds (NaN, infinities, and -0.0, which a decimal turns
   * into 0) are written as strings, which read back as themselves.
   */
  static String json(Map<String, Double> extras) {
    StringWriter json = new StringWriter(24 * extras.size() + 2);
    try (JsonGenerator out = JSON.createGenerator(json)) {
      out.writeStartObject();
      for (Map.Entry<String, Double> extra : extras.entrySet()) {
        out.writeFieldName(extra.getKey());
        double value = extra.getValue();
        if (Double.isFinite(value) && !isNegativeZero(value)) out.writeNumber(value);
        else out.writeString(Double.toString(value));
      }
      out.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render extras as JSON", e);
    }
    return json.toString();
  }

  private static boolean isNegativeZero(double value) {
    return Double.doubleToRawLongBits(value) == Long.MIN_VALUE;
  }
}
