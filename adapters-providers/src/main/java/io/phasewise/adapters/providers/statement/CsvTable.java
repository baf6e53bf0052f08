package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.CsvLineSplitter;
import io.phasewise.adapters.providers.csv.NumberedLines;
import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.application.portfolio.model.StatementFormat;
import io.phasewise.application.portfolio.model.StatementRow;
import io.phasewise.domain.shared.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A statement CSV read into records: a header, then one record per non-blank line, each numbered as
 * in the file. A file may hold several sections, each under its own header line (an Interactive
 * Brokers Flex statement does).
 */
final class CsvTable {
  private static final CsvLineSplitter SPLITTER = new CsvLineSplitter(',');

  private final StatementFormat format;
  private final CsvColumns firstHeader;
  private final List<CsvRecord> records;

  private CsvTable(StatementFormat format, CsvColumns firstHeader, List<CsvRecord> records) {
    this.format = format;
    this.firstHeader = firstHeader;
    this.records = records;
  }

  /** A file whose first non-blank line is its only header. */
  static CsvTable read(InputStream in, StatementFormat format) {
    return read(in, format, cells -> true, cells -> false);
  }

  /**
   * A file whose header is the first line {@code firstHeader} accepts and where each later line
   * {@code nextHeader} accepts starts a new section; lines before the first header are records
   * without columns. Refuses a file without header or with more than {@link StatementFileReader#MAX_ROWS} records.
   */
  static CsvTable read(InputStream in, StatementFormat format, Predicate<List<String>> firstHeader, Predicate<List<String>> nextHeader) {
    List<CsvRecord> records = new ArrayList<>();
    CsvColumns first = null;
    CsvColumns current = null;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      NumberedLines lines = new NumberedLines(reader, format.name(), false);
      while (lines.next()) {
        List<String> cells;
        String broken = null;
        try {
          cells = SPLITTER.split(lines.text());
        } catch (RowRejection e) {
          cells = List.of();
          broken = "CSV: " + e.getMessage();
        }
        if (broken == null && (current == null ? firstHeader : nextHeader).test(cells)) {
          current = new CsvColumns(cells);
          if (first == null) {
            first = current;
            continue;
          }
          records.add(new CsvRecord(lines.number(), current, cells, null));
        } else {
          if (first == null && records.isEmpty() && broken != null) throw new InvalidInputException("file", "the header line is not CSV: " + broken);
          records.add(new CsvRecord(lines.number(), current, cells, broken == null ? widthProblem(current, cells) : broken));
        }
        if (records.size() > StatementFileReader.MAX_ROWS) {
          throw new InvalidInputException("file", "a statement holds at most " + StatementFileReader.MAX_ROWS + " rows; split the file");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (first == null) throw new InvalidInputException("file", "a " + format + " file starts with a header line; this one has none");
    return new CsvTable(format, first, records);
  }

  private static String widthProblem(CsvColumns columns, List<String> cells) {
    if (columns == null || cells.size() <= columns.size()) return null;
    // exports often end each line with a delimiter: blank cells past the header are harmless
    boolean blankTail = cells.subList(columns.size(), cells.size()).stream().allMatch(String::isBlank);
    return blankTail ? null : "CSV: " + cells.size() + " cells but the header names " + columns.size() + " columns";
  }

  /** Refuses the file unless its (first) header names every one of {@code columns}. */
  CsvTable require(String... columns) {
    List<String> missing = Arrays.stream(columns).filter(c -> !firstHeader.has(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("header", "a " + format + " file has the column" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + "; the header names " + String.join(", ", firstHeader.names()));
    }
    return this;
  }

  /** Refuses the file unless its (first) header names at least one of {@code columns}; returns the first it names. */
  String requireOneOf(String... columns) {
    String found = firstHeader.firstOf(columns);
    if (found == null) {
      throw new InvalidInputException("header", "a " + format + " file has one of the columns "
          + Arrays.stream(columns).collect(Collectors.joining(", ")) + "; the header names " + String.join(", ", firstHeader.names()));
    }
    return found;
  }

  CsvColumns header() {
    return firstHeader;
  }

  List<CsvRecord> records() {
    return records;
  }

  /** One row per record: {@code convert}'s, or an unreadable row for a broken line or a rejected value. */
  List<StatementRow> rows(Function<CsvRecord, StatementRow> convert) {
    List<StatementRow> rows = new ArrayList<>(records.size());
    for (CsvRecord record : records) rows.add(row(record, convert));
    return rows;
  }

  /** {@code convert}'s row for one record, or an unreadable row for a broken line or a rejected value. */
  static StatementRow row(CsvRecord record, Function<CsvRecord, StatementRow> convert) {
    if (record.broken() != null) return new StatementRow.Unreadable(record.line(), record.broken());
    return Rows.guarded(record.line(), () -> convert.apply(record));
  }
}
