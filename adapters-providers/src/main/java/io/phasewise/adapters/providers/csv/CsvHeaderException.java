package io.phasewise.adapters.providers.csv;

import java.util.List;

/** A CSV file whose header cannot be read with the configured column mapping: the whole file is unusable. */
public final class CsvHeaderException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String origin;
  private final List<String> expectedColumns;

  CsvHeaderException(String origin, String problem, List<String> expectedColumns) {
    super(origin + ": " + problem + "; expected columns " + String.join(",", expectedColumns));
    this.origin = origin;
    this.expectedColumns = List.copyOf(expectedColumns);
  }

  /** The file or stream whose header is wrong. */
  public String origin() {
    return origin;
  }

  /** The header names the mapping looks for, in mapping order. */
  public List<String> expectedColumns() {
    return expectedColumns;
  }
}
