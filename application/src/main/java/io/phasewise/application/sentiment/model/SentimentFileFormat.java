package io.phasewise.application.sentiment.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a sentiment file can come in, named by the importing side and read by the file reader;
 * both have the fields asset, source, observed_at, score, magnitude, features.
 */
public enum SentimentFileFormat {
  /** Comma-separated values with a header row naming the columns. */
  CSV("csv", ".csv"),
  /** One JSON object per line (JSON lines, newline-delimited JSON). */
  JSON_LINES("jsonl", ".jsonl", ".ndjson");

  private final String code;
  private final String[] extensions;

  SentimentFileFormat(String code, String... extensions) {
    this.code = code;
    this.extensions = extensions;
  }

  /** {@code csv} or {@code jsonl}. */
  public String code() {
    return code;
  }

  /** The format with this code (case-insensitive; {@code ndjson} is JSON lines too), if any. */
  public static Optional<SentimentFileFormat> fromCode(String code) {
    if (code == null) return Optional.empty();
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.code.equals(wanted) || f.hasExtension("." + wanted)).findFirst();
  }

  /** The format a file name's extension ({@code .csv}, {@code .jsonl}, {@code .ndjson}, any case) tells, if any. */
  public static Optional<SentimentFileFormat> ofFileName(String name) {
    if (name == null) return Optional.empty();
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> Arrays.stream(f.extensions).anyMatch(lower::endsWith)).findFirst();
  }

  private boolean hasExtension(String extension) {
    return Arrays.asList(extensions).contains(extension);
  }
}
