package io.phasewise.adapters.persistence.shared;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.JSONB;

/**
 * Adapter infrastructure: the one way the contexts read and write their {@code jsonb} columns, with
 * one Jackson mapper. Not an API for applications.
 *
 * <p>Two number formats: Jackson's own ({@link #sortedObject}), in which a double is a JSON number
 * and -0.0 reads back as 0 (jsonb keeps a number as an exact decimal, and a decimal has no negative
 * zero); and the exact one ({@link #writeExact}, {@link #exactNumbers}), in which the doubles no JSON
 * number holds (NaN, the infinities and -0.0) are the strings {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"} and {@code "-0.0"}, so every double reads back bit for bit (the shortest decimal
 * {@link Double#toString} writes reads back as the same double).
 */
public final class JsonColumns {
  /** An object of names to numbers; the strings of {@link #writeExact} read back as their doubles. */
  public static final TypeReference<Map<String, Double>> NUMBERS = new TypeReference<>() {};
  /** An object of names to texts. */
  public static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumns() {}

  /** Writes one document to Jackson's streaming generator. */
  @FunctionalInterface
  public interface Writing {
    void write(JsonGenerator out) throws IOException;
  }

  /** The JSON text {@code writing} renders, into a buffer of {@code sizeHint} characters to begin with. */
  public static String render(int sizeHint, Writing writing) {
    StringWriter json = new StringWriter(sizeHint);
    try (JsonGenerator out = JSON.createGenerator(json)) {
      writing.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render JSON", e);
    }
    return json.toString();
  }

  /** An object with the entries in key order, so equal maps render equal documents; numbers in Jackson's format. */
  public static String sortedObject(Map<String, ?> map) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(map));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render a map as JSON", e);
    }
  }

  /** An object of names to doubles in the exact format, in the map's order. */
  public static String exactNumbers(Map<String, Double> numbers) {
    return render(24 * numbers.size() + 2, out -> {
      out.writeStartObject();
      for (Map.Entry<String, Double> number : numbers.entrySet()) {
        out.writeFieldName(number.getKey());
        writeExact(out, number.getValue());
      }
      out.writeEndObject();
    });
  }

  /** A double as a JSON number, or as a string when no JSON number holds it (NaN, the infinities, -0.0). */
  public static void writeExact(JsonGenerator out, double value) throws IOException {
    if (Double.isFinite(value) && Double.doubleToRawLongBits(value) != Long.MIN_VALUE) out.writeNumber(value);
    else out.writeString(Double.toString(value));
  }

  /** A double that {@link #writeExact} wrote. */
  public static double readExact(JsonNode node) {
    if (node.isNumber()) return node.doubleValue();
    if (node.isTextual()) return Double.parseDouble(node.textValue());
    throw new IllegalStateException("stored number is neither a number nor a string: " + node);
  }

  /** The stored document as {@code type}; {@code expected} says what it should be, for the error. */
  public static <T> T read(JSONB json, TypeReference<T> type, String expected) {
    try {
      return JSON.readValue(json.data(), type);
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON is not " + expected + ": " + json.data(), e);
    }
  }

  /** The stored document as a tree; {@code expected} says what it should be, for the error. */
  public static JsonNode tree(JSONB json, String expected) {
    try {
      return JSON.readTree(json.data());
    } catch (IOException e) {
      throw new IllegalStateException("stored JSON is not " + expected + ": " + json.data(), e);
    }
  }
}
