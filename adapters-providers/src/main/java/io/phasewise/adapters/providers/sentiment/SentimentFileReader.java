package io.phasewise.adapters.providers.sentiment;

import io.phasewise.adapters.providers.csv.NumberedLines;
import io.phasewise.application.sentiment.model.SentimentFileFormat;
import io.phasewise.application.sentiment.model.SentimentFile;
import io.phasewise.application.sentiment.model.SentimentRejection;
import io.phasewise.application.sentiment.model.SentimentRow;
import io.phasewise.application.sentiment.port.out.ReadSentimentFilePort;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads sentiment files (UTF-8) for the import use case, in either format with the same fields:
 *
 * <ul>
 *   <li><b>CSV</b>: a header naming the columns (any order, any case): {@code asset}, {@code source},
 *       {@code observed_at}, {@code score} and optionally {@code magnitude} and {@code features}; then
 *       one observation per line. {@code asset} is a symbol, or an asset id when it is a whole
 *       number; {@code source} a source name, or an id when a whole number. {@code features} is
 *       {@code name=value;name=value} (e.g. {@code mentions=12;buzz=0.4}). Cells may be quoted as in
 *       RFC 4180 but not span lines. An empty cell is a missing value.
 *   <li><b>JSON lines</b>: one object per line with the same field names; a number names an asset or
 *       source by id and a string by symbol or name; features are an object of numbers.
 * </ul>
 *
 * <p>{@code observed_at} is ISO-8601 with an offset or {@code Z} ({@code 2024-05-01T14:30:00Z}) or
 * seconds since the epoch ({@code 1714573800}). Blank lines and lines starting with {@code #} are
 * skipped. A line that cannot be parsed becomes rejections naming each bad field with the line number;
 * it never stops the rest of the file.
 */
public final class SentimentFileReader implements ReadSentimentFilePort {

  @Override
  public SentimentFile read(InputStream in, String origin, SentimentFileFormat format) {
    List<SentimentRow> rows = new ArrayList<>();
    List<SentimentRejection> unreadable = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      NumberedLines lines = new NumberedLines(reader, origin, true);
      switch (format) {
        case CSV -> CsvSentimentRows.read(lines, origin, rows, unreadable);
        case JSON_LINES -> JsonSentimentRows.read(lines, rows, unreadable);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
    }
    return new SentimentFile(origin, rows, unreadable);
  }
}
