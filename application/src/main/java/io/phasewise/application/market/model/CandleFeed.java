package io.phasewise.application.market.model;

import io.phasewise.domain.market.Candle;
import java.util.Iterator;
import java.util.List;

/**
 * A stream of candle rows for one asset and interval, read once from an origin (a file, an upload,
 * a generator). Rows come in the origin's order; bad rows arrive as {@link CandleRow.Rejected}.
 * Reading may throw {@link java.io.UncheckedIOException} when the origin itself fails.
 */
public interface CandleFeed extends AutoCloseable {

  /** Where the rows come from, for reports: a file name, "upload", "synthetic". */
  String origin();

  /** The next row, or {@code null} when the feed is exhausted. */
  CandleRow next();

  @Override
  default void close() {}

  /** A feed over candles already in memory, numbered from line 1. */
  static CandleFeed of(String origin, List<Candle> candles) {
    Iterator<Candle> it = candles.iterator();
    return new CandleFeed() {
      private long line;

      @Override
      public String origin() {
        return origin;
      }

      @Override
      public CandleRow next() {
        return it.hasNext() ? new CandleRow.Good(++line, it.next()) : null;
      }
    };
  }
}
