package io.phasewise.adapters.rest.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/** One line of a CSV download (RFC 4180), built cell by cell; an absent value is an empty cell. */
public final class CsvLine {
  private final StringBuilder line = new StringBuilder(160);

  /** A line starting with the cell {@code first} (a time or an id: text that never needs quoting). */
  public CsvLine(Object first) {
    line.append(first);
  }

  /** The header line naming {@code columns}, which are plain identifiers. */
  public static CsvLine header(List<String> columns) {
    return new CsvLine(String.join(",", columns));
  }

  public CsvLine decimal(BigDecimal value) {
    line.append(',').append(value == null ? "" : value.toPlainString());
    return this;
  }

  /** A number; NaN and infinities (a value still warming up) are empty cells. */
  public CsvLine number(double value) {
    line.append(',');
    if (Double.isFinite(value)) line.append(value);
    return this;
  }

  /** Text, quoted when it holds a comma, quote or line break, inner quotes doubled. */
  public CsvLine text(String text) {
    boolean plain = text.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '\n' || ch == '\r');
    line.append(',').append(plain ? text : '"' + text.replace("\"", "\"\"") + '"');
    return this;
  }

  public void writeTo(Writer out) throws IOException {
    out.append(line).append('\n');
  }
}
