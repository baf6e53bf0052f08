package io.phasewise.adapters.providers.csv;

import io.phasewise.application.market.model.CandleCsvColumns;
import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import java.io.InputStream;

/**
 * Reads uploaded or local candle files for the import use case: the Yahoo export format, or
 * Phasewise's own CSV download (so a download imports back unchanged).
 */
public final class CsvCandleFileReader implements ReadCandleFilePort {
  private static final String PHASEWISE_SOURCE = "phasewise-csv";

  @Override
  public CandleFeed open(InputStream in, String origin, CandleFileFormat format, boolean lastRowInProgress) {
    return switch (format) {
      case YAHOO -> YahooCsvCandleSource.create().lastRowInProgress(lastRowInProgress).open(in, origin);
      case PHASEWISE -> phasewise(lastRowInProgress).open(in, origin);
    };
  }

  private static ColumnMappedCsvCandleSource phasewise(boolean lastRowInProgress) {
    return ColumnMappedCsvCandleSource.builder()
        .header(true)
        .column(CandleField.TIME, CandleCsvColumns.TIME)
        .column(CandleField.OPEN, CandleCsvColumns.OPEN)
        .column(CandleField.HIGH, CandleCsvColumns.HIGH)
        .column(CandleField.LOW, CandleCsvColumns.LOW)
        .column(CandleField.CLOSE, CandleCsvColumns.CLOSE)
        .column(CandleField.VOLUME, CandleCsvColumns.VOLUME)
        .column(CandleField.ADJ_CLOSE, CandleCsvColumns.ADJ_CLOSE)
        .column(CandleField.DIVIDEND, CandleCsvColumns.DIVIDEND_CASH)
        .column(CandleField.SPLIT_FACTOR, CandleCsvColumns.SPLIT_FACTOR)
        .column(CandleField.SOURCE, CandleCsvColumns.SOURCE)
        .timeFormat(TimeFormat.isoDateTime())
        .source(PHASEWISE_SOURCE)
        .lastRowInProgress(lastRowInProgress)
        .build();
  }
}
