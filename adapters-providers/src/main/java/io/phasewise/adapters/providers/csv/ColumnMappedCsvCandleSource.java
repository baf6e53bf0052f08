package io.phasewise.adapters.providers.csv;

import io.phasewise.application.market.model.CandleFeed;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Candle source for any delimited text file of bars: delimiter, header, column mapping, time format
 * and decimal separator are configured once, then each file opens as a streaming {@link CandleFeed}.
 *
 * <p>Files are read as UTF-8 (a byte order mark is skipped) with any line ending; blank lines are
 * skipped. Each row becomes either a candle or a rejection with its 1-based physical line number
 * (the header is line 1) and a reason naming the column and the value: {@code Open is null},
 * {@code Volume '12x' is not a number}, {@code expected 7 columns, found 6}, {@code Date '2020-02-30'
 * is not an ISO date}, the candle's own invariant message ({@code low 5 above high 4}) or
 * {@code duplicate time 2020-01-02, first on line 7} (the first good row with that time). A header
 * that lacks a mapped column fails the whole file with a {@link CsvHeaderException} when it is opened.
 *
 * <p>A source is immutable and may open files from several threads; each feed has one reader.
 */
public final class ColumnMappedCsvCandleSource {

  private static final String PARTIAL_LAST_ROW =
      "partial bar: the last row is the bar still in progress at export time";

  private final CsvLineSplitter splitter;
  private final boolean header;
  private final ColumnMapping mapping;
  private final TimeFormat timeFormat;
  private final DecimalParser decimals;
  private final String source;
  private final String lastRowReason;

  private ColumnMappedCsvCandleSource(Builder builder) {
    this.splitter = new CsvLineSplitter(builder.delimiter);
    this.header = builder.header;
    this.mapping = new ColumnMapping(builder.columns);
    this.timeFormat = builder.timeFormat;
    this.decimals = new DecimalParser(builder.decimalSeparator);
    this.source = builder.source;
    this.lastRowReason = builder.lastRowReason;
    if (!header && mapping.mapsByName()) {
      throw new IllegalArgumentException("columns can be mapped by name only when the file has a header");
    }
  }

  /** A builder with {@code ','} as delimiter, a header, ISO times, {@code '.'} decimals and source {@code csv}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Opens {@code file} as a feed whose origin is the path; the caller closes it. */
  public CandleFeed open(Path file) {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
    return open(in, file.toString());
  }

  /** Reads {@code in} as a feed named {@code origin} (a file name, "upload"); closing the feed closes {@code in}. */
  public CandleFeed open(InputStream in, String origin) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(origin, "origin");
    return new CsvCandleFeed(this, new InputStreamReader(in, StandardCharsets.UTF_8), origin);
  }

  CsvLineSplitter splitter() {
    return splitter;
  }

  boolean hasHeader() {
    return header;
  }

  String lastRowReason() {
    return lastRowReason;
  }

  /** The converter for a file whose header line is {@code headerLine} ({@code null} if the file has no line at all). */
  RowConverter converter(String origin, String headerLine) {
    List<String> names = null;
    if (header) {
      if (headerLine == null) throw new CsvHeaderException(origin, "the file is empty", mapping.expectedColumns());
      try {
        names = splitter.split(headerLine);
      } catch (RowRejection e) {
        throw new CsvHeaderException(origin, "header '" + headerLine + "': " + e.getMessage(), mapping.expectedColumns());
      }
    }
    return new RowConverter(mapping.resolve(names, origin), decimals, timeFormat, source);
  }

  /** Configures a {@link ColumnMappedCsvCandleSource}; time, open, high, low, close and volume must be mapped. */
  public static final class Builder {
    private char delimiter = ',';
    private boolean header = true;
    private final Map<CandleField, ColumnMapping.Ref> columns = new EnumMap<>(CandleField.class);
    private TimeFormat timeFormat = TimeFormat.isoDateTime();
    private char decimalSeparator = '.';
    private String source = "csv";
    private String lastRowReason;

    private Builder() {}

    /** The cell delimiter, e.g. {@code ';'} or {@code '\t'}. */
    public Builder delimiter(char delimiter) {
      this.delimiter = delimiter;
      return this;
    }

    /** Whether the first non-blank line is a header (default {@code true}). */
    public Builder header(boolean present) {
      this.header = present;
      return this;
    }

    /** Maps {@code field} to the header column named {@code name} (trimmed, case-insensitive). */
    public Builder column(CandleField field, String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) throw new IllegalArgumentException("column name for " + field + " is blank");
      columns.put(Objects.requireNonNull(field, "field"), new ColumnMapping.Ref(name, -1));
      return this;
    }

    /** Maps {@code field} to the column at 0-based {@code index}. */
    public Builder column(CandleField field, int index) {
      if (index < 0) throw new IllegalArgumentException("column index for " + field + " is negative: " + index);
      columns.put(Objects.requireNonNull(field, "field"), new ColumnMapping.Ref(null, index));
      return this;
    }

    /** How the time column is written (default {@link TimeFormat#isoDateTime()}). */
    public Builder timeFormat(TimeFormat format) {
      this.timeFormat = Objects.requireNonNull(format, "format");
      return this;
    }

    /** {@code '.'} (default) or {@code ','}; the other one may group thousands. */
    public Builder decimalSeparator(char separator) {
      this.decimalSeparator = separator;
      return this;
    }

    /** The source label of candles from rows without a {@link CandleField#SOURCE} cell (default {@code csv}). */
    public Builder source(String source) {
      Objects.requireNonNull(source, "source");
      if (source.isBlank()) throw new IllegalArgumentException("source is blank");
      this.source = source;
      return this;
    }

    /**
     * Whether the file's last row is a bar still in progress when the file was written (an export
     * of an asset that trades around the clock): that row is then rejected as a partial bar.
     */
    public Builder lastRowInProgress(boolean inProgress) {
      return lastRowInProgress(inProgress ? PARTIAL_LAST_ROW : null);
    }

    /** As {@link #lastRowInProgress(boolean)}, with the source's own rejection reason ({@code null}: complete). */
    Builder lastRowInProgress(String reason) {
      this.lastRowReason = reason;
      return this;
    }

    /** The source; fails if a required field is unmapped or a name mapping has no header to refer to. */
    public ColumnMappedCsvCandleSource build() {
      return new ColumnMappedCsvCandleSource(this);
    }
  }
}
