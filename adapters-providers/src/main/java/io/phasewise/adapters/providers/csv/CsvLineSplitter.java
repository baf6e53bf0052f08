package io.phasewise.adapters.providers.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one physical line into cells: RFC 4180 quoting ({@code "1,234.5"}, {@code ""} for a quote
 * inside quotes), unquoted cells trimmed. A quoted cell cannot span lines: price files have none,
 * and keeping one row per line keeps line numbers exact.
 */
public final class CsvLineSplitter {

  private static final char QUOTE = '"';

  private final char delimiter;

  public CsvLineSplitter(char delimiter) {
    if (delimiter == QUOTE || delimiter == '\n' || delimiter == '\r') {
      throw new IllegalArgumentException("delimiter must not be a quote or a line break");
    }
    this.delimiter = delimiter;
  }

  /** The cells of {@code line}; a {@link RowRejection} when its quoting is broken. */
  public List<String> split(String line) {
    List<String> cells = new ArrayList<>(8);
    int i = 0;
    while (true) {
      int start = firstNonBlank(line, i);
      int end;
      if (start < line.length() && line.charAt(start) == QUOTE) {
        StringBuilder cell = new StringBuilder();
        end = readQuoted(line, start + 1, cell);
        cells.add(cell.toString());
      } else {
        end = line.indexOf(delimiter, i);
        if (end < 0) end = line.length();
        cells.add(line.substring(i, end).strip());
      }
      if (end == line.length()) return cells;
      i = end + 1;
    }
  }

  /** Reads a quoted cell opened before {@code from}; returns the index of the delimiter after it, or the line length. */
  private int readQuoted(String line, int from, StringBuilder cell) {
    int i = from;
    while (true) {
      int quote = line.indexOf(QUOTE, i);
      if (quote < 0) throw new RowRejection("unterminated quote");
      cell.append(line, i, quote);
      if (quote + 1 < line.length() && line.charAt(quote + 1) == QUOTE) {
        cell.append(QUOTE);
        i = quote + 2;
        continue;
      }
      int after = firstNonBlank(line, quote + 1);
      if (after < line.length() && line.charAt(after) != delimiter) {
        throw new RowRejection("text after a closing quote");
      }
      return after;
    }
  }

  private int firstNonBlank(String line, int from) {
    int i = from;
    while (i < line.length() && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) i++;
    return i;
  }
}
