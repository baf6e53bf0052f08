package io.phasewise.adapters.providers.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The lines of a text file that carry data, each with its number in the file (from 1): blank lines
 * and comment lines (first non-blank character {@code #}) are skipped, a byte-order mark is dropped.
 */
final class NumberedLines {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final BufferedReader reader;
  private final String origin;
  private long number;
  private String text;

  NumberedLines(BufferedReader reader, String origin) {
    this.reader = reader;
    this.origin = origin;
  }

  /** Moves to the next data line; false at the end of the file. */
  boolean next() {
    try {
      while ((text = reader.readLine()) != null) {
        number++;
        if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) text = text.substring(1);
        String stripped = text.strip();
        if (!stripped.isEmpty() && stripped.charAt(0) != '#') return true;
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
    }
  }

  long number() {
    return number;
  }

  String text() {
    return text;
  }
}
