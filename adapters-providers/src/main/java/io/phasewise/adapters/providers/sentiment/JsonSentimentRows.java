package io.phasewise.adapters.providers.sentiment;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasewise.adapters.providers.csv.NumberedLines;
import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a JSON-lines sentiment file: one JSON object per line with the fields asset, source,
 * observed_at, score, magnitude and features. A number names an asset or source by id and a string by
 * symbol or name; a time is an ISO-8601 string or a number of epoch seconds; features are an object
 * of numbers (or a {@code name=value;...} string, as in CSV); {@code null} is a missing value.
 */
final class JsonSentimentRows {
  /** Decimals stay exact, so epoch seconds keep their nanoseconds. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private JsonSentimentRows() {}

  static void read(NumberedLines lines, List<SentimentRow> rows, List<SentimentRejection> unreadable) {
    while (lines.next()) row(lines.number(), lines.text()).addTo(rows, unreadable);
  }

  private static RowValues row(long line, String text) {
    RowValues values = new RowValues(line);
    JsonNode object;
    try {
      object = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      values.problem("json", "not valid JSON: " + e.getOriginalMessage());
      return values;
    }
    if (!object.isObject()) {
      values.problem("json", "must be an object with the fields " + String.join(", ", RowValues.FIELDS));
      return values;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!field.getValue().isNull()) set(values, field.getKey(), field.getValue());
    }
    return values;
  }

  private static void set(RowValues values, String field, JsonNode value) {
    switch (field) {
      case RowValues.ASSET -> values.asset(reference(values, field, value));
      case RowValues.SOURCE -> values.source(reference(values, field, value));
      case RowValues.OBSERVED_AT -> values.observedAt(time(values, value));
      case RowValues.SCORE -> values.score(number(values, field, value));
      case RowValues.MAGNITUDE -> values.magnitude(number(values, field, value));
      case RowValues.FEATURES -> values.features(features(values, value));
      default -> values.problem(field, "is not a known field; the fields are " + String.join(", ", RowValues.FIELDS));
    }
  }

  private static Reference reference(RowValues values, String field, JsonNode value) {
    if (value.isTextual() && !value.asText().isBlank()) return Reference.name(value.asText());
    if (value.isIntegralNumber() && value.canConvertToLong() && value.asLong() > 0) return Reference.id(value.asLong());
    values.problem(field, "must be an id (a positive whole number) or a name (a string), not " + value);
    return null;
  }

  private static Instant time(RowValues values, JsonNode value) {
    if (value.isTextual()) return values.time(RowValues.OBSERVED_AT, value.asText());
    if (value.isNumber()) {
      try {
        return RowValues.epochSeconds(value.decimalValue());
      } catch (DateTimeException | ArithmeticException e) {
        values.problem(RowValues.OBSERVED_AT, value + " epoch seconds is not a time");
        return null;
      }
    }
    values.problem(RowValues.OBSERVED_AT, "must be an ISO-8601 time (a string) or epoch seconds (a number), not " + value);
    return null;
  }

  private static Double number(RowValues values, String field, JsonNode value) {
    if (value.isNumber()) return values.finite(field, value.doubleValue(), value);
    if (value.isTextual()) return values.number(field, value.asText());
    values.problem(field, "must be a number, not " + value);
    return null;
  }

  private static Map<String, Double> features(RowValues values, JsonNode value) {
    if (value.isTextual()) return values.features(value.asText());
    if (!value.isObject()) {
      values.problem(RowValues.FEATURES, "must be an object of numbers, not " + value);
      return null;
    }
    Map<String, Double> features = new LinkedHashMap<>();
    boolean good = true;
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> feature = fields.next();
      String field = RowValues.FEATURES + "." + feature.getKey();
      Double number = null;
      if (feature.getValue().isNull()) values.problem(field, "has no value");
      else number = number(values, field, feature.getValue());
      if (number == null) good = false;
      else features.put(feature.getKey(), number);
    }
    return good ? features : null;
  }
}
