package io.phasewise.adapters.providers.sentiment;

import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of one line of a sentiment file as they are parsed, whatever the format, with a problem
 * for each field that cannot be parsed; then either a {@link SentimentRow} or the line's problems.
 * Text is read the same way in CSV cells and JSON strings.
 */
final class RowValues {
  static final String ASSET = "asset";
  static final String SOURCE = "source";
  static final String OBSERVED_AT = "observed_at";
  static final String SCORE = "score";
  static final String MAGNITUDE = "magnitude";
  static final String FEATURES = "features";
  static final List<String> FIELDS = List.of(ASSET, SOURCE, OBSERVED_AT, SCORE, MAGNITUDE, FEATURES);

  private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{1,12}(\\.\\d{1,9})?");
  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

  private final long line;
  private final List<SentimentRejection> problems = new ArrayList<>();
  private Reference asset;
  private Reference source;
  private Instant observedAt;
  private Double score;
  private Double magnitude;
  private Map<String, Double> features;

  RowValues(long line) {
    this.line = line;
  }

  void problem(String field, String problem) {
    problems.add(new SentimentRejection(line, field, problem));
  }

  void asset(Reference reference) {
    asset = reference;
  }

  void source(Reference reference) {
    source = reference;
  }

  void observedAt(Instant time) {
    observedAt = time;
  }

  void score(Double value) {
    score = value;
  }

  void magnitude(Double value) {
    magnitude = value;
  }

  void features(Map<String, Double> values) {
    features = values;
  }

  /**
   * A time written as ISO-8601 with an offset or {@code Z} ({@code 2024-05-01T14:30:00Z},
   * {@code 2024-05-01T16:30:00+02:00}), or as seconds since 1970-01-01T00:00Z ({@code 1714573800},
   * decimals allowed); {@code null} (and a problem) otherwise.
   */
  Instant time(String field, String text) {
    String stripped = text.strip();
    try {
      if (EPOCH_SECONDS.matcher(stripped).matches()) return epochSeconds(new BigDecimal(stripped));
      return OffsetDateTime.parse(stripped, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException | ArithmeticException e) {
      problem(field, "'" + text + "' is not an ISO-8601 time with an offset (2024-05-01T14:30:00Z) or epoch seconds");
      return null;
    }
  }

  static Instant epochSeconds(BigDecimal seconds) {
    BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
    return Instant.ofEpochSecond(whole.longValueExact(), seconds.subtract(whole).multiply(BILLION).longValueExact());
  }

  /** A finite decimal number ({@code 0.25}, {@code -1}, {@code 2e-3}); {@code null} (and a problem) otherwise. */
  Double number(String field, String text) {
    try {
      return finite(field, new BigDecimal(text.strip()).doubleValue(), text);
    } catch (NumberFormatException e) {
      problem(field, "'" + text + "' is not a number");
      return null;
    }
  }

  Double finite(String field, double value, Object written) {
    if (Double.isFinite(value)) return value;
    problem(field, written + " is too large for a number");
    return null;
  }

  /** Features written {@code name=value;name=value} (a trailing {@code ;} is fine); {@code null} (and problems) otherwise. */
  Map<String, Double> features(String text) {
    Map<String, Double> parsed = new LinkedHashMap<>();
    boolean good = true;
    for (String pair : text.split(";", -1)) {
      if (pair.isBlank()) continue;
      int equals = pair.indexOf('=');
      String name = equals < 0 ? "" : pair.substring(0, equals).strip();
      if (name.isEmpty()) {
        problem(FEATURES, "'" + pair.strip() + "' is not name=value");
        good = false;
        continue;
      }
      if (parsed.containsKey(name)) {
        problem(FEATURES + "." + name, "is given twice");
        good = false;
        continue;
      }
      Double value = number(FEATURES + "." + name, pair.substring(equals + 1));
      if (value == null) good = false;
      else parsed.put(name, value);
    }
    return good ? parsed : null;
  }

  /** Adds the row to {@code rows} when every field parsed, else its problems to {@code unreadable}. */
  void addTo(List<SentimentRow> rows, List<SentimentRejection> unreadable) {
    if (problems.isEmpty()) {
      rows.add(new SentimentRow(line, asset, source, observedAt, score, magnitude, features));
    } else {
      unreadable.addAll(problems);
    }
  }
}
