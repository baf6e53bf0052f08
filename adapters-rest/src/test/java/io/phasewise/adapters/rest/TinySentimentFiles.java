package io.phasewise.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentFile;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.application.sentiment.port.out.ReadSentimentFilePort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Test stand-in for the providers' sentiment file reader: just enough for HTTP tests. CSV has exactly
 * the header {@link #CSV_HEADER}, no quoting and features as {@code name=value;...}; a JSON line's
 * numbers name ids and its strings names. A line that does not parse is one rejection.
 */
final class TinySentimentFiles implements ReadSentimentFilePort {
  static final String CSV_HEADER = "asset,source,observed_at,score,magnitude,features";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public SentimentFile read(InputStream in, String origin, SentimentFileFormat format) {
    List<String> lines = lines(in);
    if (format == SentimentFileFormat.CSV && (lines.isEmpty() || !lines.get(0).equals(CSV_HEADER))) {
      throw new IllegalArgumentException(origin + ": the header must be " + CSV_HEADER);
    }
    List<SentimentRow> rows = new ArrayList<>();
    List<SentimentRejection> unreadable = new ArrayList<>();
    for (int i = format == SentimentFileFormat.CSV ? 1 : 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) continue;
      try {
        rows.add(format == SentimentFileFormat.CSV ? csv(i + 1, lines.get(i).split(",", -1)) : json(i + 1, JSON.readTree(lines.get(i))));
      } catch (IOException | RuntimeException bad) {
        unreadable.add(new SentimentRejection(i + 1, format.code(), String.valueOf(bad.getMessage())));
      }
    }
    return new SentimentFile(origin, rows, unreadable);
  }

  private static SentimentRow csv(long line, String[] cells) {
    Map<String, Double> features = new LinkedHashMap<>();
    for (String pair : cells[5].split(";")) {
      if (!pair.isBlank()) features.put(pair.split("=")[0], Double.parseDouble(pair.split("=")[1]));
    }
    return new SentimentRow(line, Reference.parse(cells[0]), Reference.parse(cells[1]), Instant.parse(cells[2]),
        number(cells[3]), number(cells[4]), features);
  }

  private static SentimentRow json(long line, JsonNode o) {
    Map<String, Double> features = new LinkedHashMap<>();
    if (o.has("features")) o.get("features").fields().forEachRemaining(f -> features.put(f.getKey(), f.getValue().asDouble()));
    return new SentimentRow(line, reference(o.get("asset")), reference(o.get("source")),
        o.has("observed_at") ? Instant.parse(o.get("observed_at").asText()) : null,
        o.has("score") ? o.get("score").asDouble() : null, o.has("magnitude") ? o.get("magnitude").asDouble() : null, features);
  }

  private static Reference reference(JsonNode value) {
    if (value == null) return null;
    return value.isNumber() ? Reference.id(value.asLong()) : Reference.name(value.asText());
  }

  private static Double number(String cell) {
    return cell.isEmpty() ? null : Double.valueOf(cell);
  }

  private static List<String> lines(InputStream in) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
