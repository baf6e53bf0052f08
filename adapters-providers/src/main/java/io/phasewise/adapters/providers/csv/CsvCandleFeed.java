package io.phasewise.adapters.providers.csv;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.domain.market.Candle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Streams the rows of one CSV file: one line read ahead (to know which row is the last), plus the
 * index of bar times seen so far; the file itself is never held in memory.
 */
final class CsvCandleFeed implements CandleFeed {

  private final String origin;
  private final BufferedReader reader;
  private final NumberedLines lines;
  private final CsvLineSplitter splitter;
  private final String lastRowReason;
  private final RowConverter converter;
  private final TimeIndex firstLineOfTime = new TimeIndex();
  private String pending;
  private long pendingLine;

  /** Opens the feed and reads the header, if the layout has one; closes {@code in} if that fails. */
  CsvCandleFeed(ColumnMappedCsvCandleSource layout, Reader in, String origin) {
    this.origin = origin;
    this.reader = new BufferedReader(in, 1 << 16);
    this.lines = new NumberedLines(reader, origin, false);
    this.splitter = layout.splitter();
    this.lastRowReason = layout.lastRowReason();
    try {
      advance();
      String header = null;
      if (layout.hasHeader()) {
        header = pending;
        advance();
      }
      this.converter = layout.converter(origin, header);
    } catch (RuntimeException e) {
      try {
        reader.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  @Override
  public String origin() {
    return origin;
  }

  @Override
  public CandleRow next() {
    if (pending == null) return null;
    String text = pending;
    long line = pendingLine;
    advance();
    try {
      List<String> cells = splitter.split(text);
      Candle candle = converter.candle(cells);
      long first = firstLineOfTime.putIfAbsent(candle.time().toEpochMilli(), line);
      if (first != 0) {
        return new CandleRow.Rejected(line, "duplicate time " + converter.timeText(cells) + ", first on line " + first);
      }
      if (pending == null && lastRowReason != null) return new CandleRow.Rejected(line, lastRowReason);
      return new CandleRow.Good(line, candle);
    } catch (RowRejection e) {
      return new CandleRow.Rejected(line, e.getMessage());
    }
  }

  /** Moves {@link #pending} to the next non-blank line, or to {@code null} at the end of the file. */
  private void advance() {
    pending = lines.next() ? lines.text() : null;
    pendingLine = lines.number();
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(origin + ": " + e.getMessage(), e);
    }
  }
}
