package io.phasewise.application.market.port.out;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleFileFormat;
import java.io.InputStream;

/**
 * Outgoing port: reads a candle file (an upload, a local file) in a known format as a feed of rows,
 * streaming, so adapters that receive files need not know how to parse them.
 */
public interface ReadCandleFilePort {

  /**
   * Opens {@code in} as a feed named {@code origin}; closing the feed closes the stream.
   *
   * @param lastRowInProgress the asset trades around the clock, so the export's last row is the
   *     still-running period and is rejected as partial (see the Yahoo source)
   * @throws IllegalArgumentException when the header does not match the format
   */
  CandleFeed open(InputStream in, String origin, CandleFileFormat format, boolean lastRowInProgress);
}
