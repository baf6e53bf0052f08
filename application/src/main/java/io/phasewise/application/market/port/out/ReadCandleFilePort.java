package io.phasewise.application.market.port.out;

import io.phasewise.application.market.model.CandleFeed;
import java.io.InputStream;

/**
 * Outgoing port: reads a candle file (an upload, a local file) in a known format as a feed of rows,
 * streaming, so adapters that receive files need not know how to parse them.
 */
public interface ReadCandleFilePort {

  /** Formats a candle file can come in. */
  enum Format {
    /** Yahoo Finance export: {@code Date,Open,High,Low,Close,Adj Close,Volume}. */
    YAHOO,
    /** Phasewise's own CSV download: {@code time,open,high,low,close,volume,...} with ISO-8601 UTC times. */
    PHASEWISE
  }

  /**
   * Opens {@code in} as a feed named {@code origin}; closing the feed closes the stream.
   *
   * @param lastRowInProgress the asset trades around the clock, so the export's last row is the
   *     still-running period and is rejected as partial (see the Yahoo source)
   * @throws IllegalArgumentException when the header does not match the format
   */
  CandleFeed open(InputStream in, String origin, Format format, boolean lastRowInProgress);
}
