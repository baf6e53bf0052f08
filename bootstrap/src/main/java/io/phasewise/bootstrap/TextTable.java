package io.phasewise.bootstrap;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of text cells printed as aligned columns two spaces apart, each column left-aligned (text, {@code
 * L}) or right-aligned (numbers, {@code R}) as its letter in the alignment says. The first row is
 * usually the header.
 */
final class TextTable {
  private final String alignment;
  private final List<String[]> rows = new ArrayList<>();

  /** A table of {@code alignment.length()} columns, {@code header} its first row when given. */
  TextTable(String alignment, String... header) {
    if (!alignment.matches("[LR]+")) throw new IllegalArgumentException("an alignment is L or R per column, not " + alignment);
    this.alignment = alignment;
    if (header.length > 0) row(header);
  }

  /** Adds a row of one cell per column. */
  TextTable row(String... cells) {
    if (cells.length != alignment.length()) {
      throw new IllegalArgumentException("a row of " + alignment.length() + " cells, not " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /** The rows, each ended by a new line, without trailing blanks. */
  @Override
  public String toString() {
    int[] widths = new int[alignment.length()];
    for (String[] row : rows) for (int c = 0; c < row.length; c++) widths[c] = Math.max(widths[c], row[c].length());
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        if (c > 0) line.append("  ");
        String pad = " ".repeat(widths[c] - row[c].length());
        line.append(alignment.charAt(c) == 'L' ? row[c] + pad : pad + row[c]);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
