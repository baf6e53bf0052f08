package io.phasewise.adapters.providers.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The lines of a text file that carry data, each with its number in the file (from 1): blank lines
 * are skipped, and so are comment lines (first non-blank character {@code #}) when asked; a
 * byte-order mark is dropped. How candle and sentiment files are read line by line.
 */
public final class NumberedLines {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final BufferedReader reader;
  private final String origin;
  private final boolean skipComments;
  private long number;
  private String text;

  /** Lines of {@code reader}; an I/O failure is an {@link UncheckedIOException} naming {@code origin}. */
  public NumberedLines(BufferedReader reader, String origin, boolean skipComments) {
    this.reader = reader;
    this.origin = origin;
    this.skipComments = skipComments;
  }

  /** Moves to the next data line; false at the end of the file. */
  public boolean next() {
    try {
      while ((text = reader.readLine()) != null) {
        number++;
        if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) text = text.substring(1);
        String stripped = text.strip();
        if (!stripped.isEmpty() && !(skipComments && stripped.charAt(0) == '#')) return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
    }
  }

  /** The current line's number in the file; at the end, the number of lines read. */
  public long number() {
    return number;
  }

  /** The current line, without a byte-order mark. */
  public String text() {
    return text;
  }
}
