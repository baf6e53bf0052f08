package io.phasewise.application.sentiment.port.out;

import io.phasewise.application.sentiment.model.SentimentFile;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Outgoing port: reads a file of sentiment observations into rows with their line numbers, turning a
 * line it cannot parse into rejections instead of failing the file, so adapters that receive files
 * need not know how to parse them.
 */
public interface ReadSentimentFilePort {

  /** Formats a sentiment file can come in; both have the fields asset, source, observed_at, score, magnitude, features. */
  enum Format {
    /** Comma-separated values with a header row naming the columns. */
    CSV("csv", ".csv"),
    /** One JSON object per line (JSON lines, newline-delimited JSON). */
    JSON_LINES("jsonl", ".jsonl", ".ndjson");

    private final String code;
    private final String[] extensions;

    Format(String code, String... extensions) {
      this.code = code;
      this.extensions = extensions;
    }

    /** {@code csv} or {@code jsonl}. */
    public String code() {
      return code;
    }

    /** The format with this code (case-insensitive; {@code ndjson} is JSON lines too), if any. */
    public static Optional<Format> fromCode(String code) {
      if (code == null) return Optional.empty();
      String wanted = code.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(f -> f.code.equals(wanted) || f.hasExtension("." + wanted)).findFirst();
    }

    /** The format a file name's extension ({@code .csv}, {@code .jsonl}, {@code .ndjson}, any case) tells, if any. */
    public static Optional<Format> ofFileName(String name) {
      if (name == null) return Optional.empty();
      String lower = name.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values()).filter(f -> Arrays.stream(f.extensions).anyMatch(lower::endsWith)).findFirst();
    }

    private boolean hasExtension(String extension) {
      return Arrays.asList(extensions).contains(extension);
    }
  }

  /**
   * Reads all of {@code in} and closes it.
   *
   * @param origin the file's name, for messages
   * @throws IllegalArgumentException when the file as a whole does not fit the format (a CSV header
   *     without a required column or with an unknown one), with a message saying what is wrong
   * @throws java.io.UncheckedIOException when the stream cannot be read
   */
  SentimentFile read(InputStream in, String origin, Format format);
}
