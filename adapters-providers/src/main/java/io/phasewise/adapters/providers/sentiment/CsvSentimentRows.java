package io.phasewise.adapters.providers.sentiment;

import io.phasewise.adapters.providers.csv.CsvLineSplitter;
import io.phasewise.adapters.providers.csv.NumberedLines;
import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.sentiment.model.Reference;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of a sentiment CSV file: a header naming the columns in any order (any case), then one
 * observation per line. Cells are plain text; an empty cell is a missing value.
 */
final class CsvSentimentRows {
  private static final List<String> REQUIRED = List.of(RowValues.ASSET, RowValues.SOURCE, RowValues.OBSERVED_AT, RowValues.SCORE);

  private static final CsvLineSplitter SPLITTER = new CsvLineSplitter(',');

  private final List<String> columns;

  private CsvSentimentRows(List<String> columns) {
    this.columns = columns;
  }

  /** Reads the header and every row after it. */
  static void read(NumberedLines lines, String origin, List<SentimentRow> rows, List<SentimentRejection> unreadable) {
    if (!lines.next()) throw new IllegalArgumentException(origin + ": the file is empty; expected a header naming the columns "
        + String.join(", ", RowValues.FIELDS));
    CsvSentimentRows csv = new CsvSentimentRows(header(origin, lines.text()));
    while (lines.next()) csv.row(lines.number(), lines.text()).addTo(rows, unreadable);
  }

  private static List<String> header(String origin, String text) {
    List<String> columns = new ArrayList<>();
    for (String cell : SPLITTER.split(text)) {
      String column = cell.strip().toLowerCase(Locale.ROOT);
      if (!RowValues.FIELDS.contains(column)) {
        throw new IllegalArgumentException(origin + ": the header names an unknown column '" + cell + "'; the columns are "
            + String.join(", ", RowValues.FIELDS));
      }
      if (columns.contains(column)) throw new IllegalArgumentException(origin + ": the header names '" + column + "' twice");
      columns.add(column);
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(origin + ": the header lacks the column" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + " (header: " + text.strip() + ")");
    }
    return List.copyOf(columns);
  }

  private RowValues row(long line, String text) {
    RowValues values = new RowValues(line);
    List<String> cells;
    try {
      cells = SPLITTER.split(text);
    } catch (RowRejection broken) {
      values.problem("csv", broken.getMessage());
      return values;
    }
    if (cells.size() != columns.size()) {
      values.problem("csv", "has " + cells.size() + " cells but the header names " + columns.size() + " columns");
      return values;
    }
    Map<String, String> byColumn = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (!cells.get(i).isBlank()) byColumn.put(columns.get(i), cells.get(i));
    }
    values.asset(Reference.parse(byColumn.get(RowValues.ASSET)));
    values.source(Reference.parse(byColumn.get(RowValues.SOURCE)));
    String time = byColumn.get(RowValues.OBSERVED_AT);
    if (time != null) values.observedAt(values.time(RowValues.OBSERVED_AT, time));
    String score = byColumn.get(RowValues.SCORE);
    if (score != null) values.score(values.number(RowValues.SCORE, score));
    String magnitude = byColumn.get(RowValues.MAGNITUDE);
    if (magnitude != null) values.magnitude(values.number(RowValues.MAGNITUDE, magnitude));
    String features = byColumn.get(RowValues.FEATURES);
    if (features != null) values.features(values.features(features));
    return values;
  }
}
