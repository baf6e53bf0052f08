package io.phasewise.adapters.providers.statement;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.shared.InvalidInputException;
import io.phasewise.domain.shared.SaneDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a Ghostfolio export ({@code {"meta": ..., "activities": [...]}}): one row per element of
 * {@code activities}, numbered by the file line its object starts on; the other members are skipped
 * unread. Numbers may be JSON numbers or strings; {@code date} is an ISO date-time, read as its UTC date.
 */
final class GhostfolioJsonRows {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();
  private static final String ACTIVITIES = "activities";

  private final SourceIds ids = new SourceIds(StatementFormat.GHOSTFOLIO_JSON);

  private GhostfolioJsonRows() {}

  static List<StatementRow> read(InputStream in) {
    GhostfolioJsonRows reader = new GhostfolioJsonRows();
    List<StatementRow> rows = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) throw notExport("it is not a JSON object");
      boolean found = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (!ACTIVITIES.equals(name)) {
          parser.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) throw notExport("\"activities\" is not an array");
        found = true;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          if (rows.size() == StatementFileReader.MAX_ROWS) {
            throw new InvalidInputException("file", "a statement holds at most " + StatementFileReader.MAX_ROWS + " rows; split the file");
          }
          long line = parser.currentTokenLocation().getLineNr();
          JsonNode activity = JSON.readTree(parser);
          rows.add(Rows.guarded(line, () -> reader.row(line, activity)));
        }
      }
      if (!found) throw notExport("it has no \"activities\" array");
      if (parser.nextToken() != null) throw notExport("there is more after its object");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInputException("file", "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()) + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static InvalidInputException notExport(String why) {
    return new InvalidInputException("file", "not a Ghostfolio export: " + why + "; expected {\"activities\": [...]}");
  }

  private StatementRow row(long line, JsonNode activity) {
    if (!activity.isObject()) throw new RowRejection("an activity must be an object, not " + CsvRecord.quote(activity.toString()));
    return new GhostfolioActivity(required(activity, "type"), StatementDates.utcDate("date", required(activity, "date")), text(activity, "symbol"),
            text(activity, "dataSource"), required(activity, "currency"), number(activity, "unitPrice"), number(activity, "quantity"),
            number(activity, "fee"), text(activity, "comment"))
        .draft()
        .read(line, ids);
  }

  private static String text(JsonNode activity, String field) {
    JsonNode value = activity.get(field);
    if (value == null || value.isNull()) return null;
    if (!value.isTextual()) throw new RowRejection(field + " must be a string, not " + CsvRecord.quote(value.toString()));
    return value.asText().isBlank() ? null : value.asText().strip();
  }

  private static String required(JsonNode activity, String field) {
    String text = text(activity, field);
    if (text == null) throw new RowRejection(field + " is missing");
    return text;
  }

  private static BigDecimal number(JsonNode activity, String field) {
    JsonNode value = activity.get(field);
    if (value == null || value.isNull()) return null;
    BigDecimal number;
    if (value.isNumber()) {
      number = value.decimalValue();
    } else if (value.isTextual()) {
      try {
        number = new BigDecimal(value.asText().strip());
      } catch (NumberFormatException e) {
        throw new RowRejection(field + " '" + CsvRecord.quote(value.asText()) + "' is not a number");
      }
    } else {
      throw new RowRejection(field + " must be a number, not " + CsvRecord.quote(value.toString()));
    }
    SaneDecimal.problem(number).ifPresent(problem -> {
      throw new RowRejection(field + " '" + CsvRecord.quote(value.toString()) + "' " + problem);
    });
    return number;
  }
}
