package io.phasewise.adapters.providers.statement;

import io.phasewise.adapters.providers.csv.DecimalParser;
import io.phasewise.adapters.providers.csv.RowRejection;
import io.phasewise.domain.shared.InputText;
import io.phasewise.domain.shared.SaneDecimal;
import java.math.BigDecimal;
import java.util.List;

/**
 * One data line of a statement CSV with the header it is read under. Every accessor checks what it
 * returns (no control characters, sane numbers) and throws a {@link RowRejection} naming the column
 * and the value otherwise.
 */
final class CsvRecord {
  private static final DecimalParser DECIMALS = new DecimalParser('.');
  private static final int QUOTED = 60;

  private final long line;
  private final CsvColumns columns;
  private final List<String> cells;
  private final String broken;

  CsvRecord(long line, CsvColumns columns, List<String> cells, String broken) {
    this.line = line;
    this.columns = columns;
    this.cells = cells;
    this.broken = broken;
  }

  long line() {
    return line;
  }

  CsvColumns columns() {
    return columns;
  }

  List<String> cells() {
    return cells;
  }

  /** Whether the line is a header: the first line of a later section. */
  boolean isHeader() {
    return broken == null && columns != null && cells.equals(columns.names());
  }

  /** Why the line cannot even be split into its cells (a broken quote, too many cells), or {@code null}. */
  String broken() {
    return broken;
  }

  /** The text of {@code column} as the splitter gives it (unquoted cells trimmed), or {@code null} when the column is absent or the cell blank. */
  String text(String column) {
    int at = column == null ? -1 : columns.position(column);
    if (at < 0 || at >= cells.size() || cells.get(at).isBlank()) return null;
    String text = cells.get(at);
    InputText.problem(text, InputText.VALUE).ifPresent(problem -> {
      throw new RowRejection(column + " '" + quote(text) + "' " + problem);
    });
    return text;
  }

  /** The text of {@code column}; a rejection when it is blank. */
  String required(String column) {
    String text = text(column);
    if (text == null) throw new RowRejection(column + " is empty");
    return text;
  }

  /** The number in {@code column}, or {@code null} when the cell is blank. */
  BigDecimal decimal(String column) {
    String text = text(column);
    if (text == null) return null;
    BigDecimal value = DECIMALS.parse(column, text);
    SaneDecimal.problem(value).ifPresent(problem -> {
      throw new RowRejection(column + " '" + quote(text) + "' " + problem);
    });
    return value;
  }

  /** The number in {@code column}; a rejection when it is blank. */
  BigDecimal requiredDecimal(String column) {
    required(column);
    return decimal(column);
  }

  /** The number in {@code column}, refused when negative; {@code null} when blank. */
  BigDecimal nonNegative(String column) {
    BigDecimal value = decimal(column);
    if (value != null && value.signum() < 0) throw new RowRejection(column + " '" + value.toPlainString() + "' must not be negative");
    return value;
  }

  /** The number in {@code column}, refused when blank or negative. */
  BigDecimal requiredNonNegative(String column) {
    required(column);
    return nonNegative(column);
  }

  /** {@code text} as a rejection reason may quote it: control characters escaped, long text cut. */
  static String quote(String text) {
    return InputText.printable(text, QUOTED);
  }
}
