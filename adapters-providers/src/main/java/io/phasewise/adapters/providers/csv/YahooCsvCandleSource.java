package io.phasewise.adapters.providers.csv;

import io.phasewise.application.market.model.CandleFeed;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Candle source for Yahoo Finance history exports ({@code Date,Open,High,Low,Close,Adj Close,Volume}),
 * streamed row by row with the rejection rules of {@link ColumnMappedCsvCandleSource}.
 *
 * <p>Dates become 00:00 UTC of the day; intraday exports' date-times are read as written (see
 * {@link TimeFormat#isoDateTime()}). Prices keep the file's digits. {@code Adj Close} becomes the
 * candle's {@link io.phasewise.domain.market.Candle.Adjusted adjusted bar}: open, high and low scaled
 * by {@code Adj Close / Close}, rounded to 12 significant digits, volume not adjusted. Candles carry
 * the source {@value #SOURCE}; dividends and splits are left for the importer to infer.
 *
 * <p>Yahoo writes a missing value as the literal {@code null} ({@code Open is null}). For an asset
 * that trades around the clock ({@link io.phasewise.domain.market.TradingCalendar#exportEndsInProgress()}), its
 * export's last row is the current UTC day, still running:
 * {@link #lastRowInProgress(boolean)} rejects that row.
 */
public final class YahooCsvCandleSource {

  /** Source label of every candle read from a Yahoo export. */
  public static final String SOURCE = "yahoo-csv";

  static final String PARTIAL_LAST_ROW = "partial bar: the last row of a Yahoo export of a round-the-clock asset"
      + " is the day still in progress at export time (volume incomplete)";

  private final ColumnMappedCsvCandleSource csv;
  private final boolean lastRowInProgress;

  private YahooCsvCandleSource(boolean lastRowInProgress) {
    this.lastRowInProgress = lastRowInProgress;
    this.csv = ColumnMappedCsvCandleSource.builder()
        .column(CandleField.TIME, "Date")
        .column(CandleField.OPEN, "Open")
        .column(CandleField.HIGH, "High")
        .column(CandleField.LOW, "Low")
        .column(CandleField.CLOSE, "Close")
        .column(CandleField.ADJ_CLOSE, "Adj Close")
        .column(CandleField.VOLUME, "Volume")
        .timeFormat(TimeFormat.isoDateTime())
        .source(SOURCE)
        .lastRowInProgress(lastRowInProgress ? PARTIAL_LAST_ROW : null)
        .build();
  }

  /** A source for exports whose last row is complete (exchange-traded assets exported after the close). */
  public static YahooCsvCandleSource create() {
    return new YahooCsvCandleSource(false);
  }

  /** This source, with the last row of each export rejected as a partial bar ({@code true}) or read as complete. */
  public YahooCsvCandleSource lastRowInProgress(boolean inProgress) {
    return inProgress == lastRowInProgress ? this : new YahooCsvCandleSource(inProgress);
  }

  /** Opens the export at {@code file}; the caller closes the feed. Throws {@link CsvHeaderException} on a wrong header. */
  public CandleFeed open(Path file) {
    return csv.open(file);
  }

  /** Reads an export from {@code in}, named {@code origin} in reports; closing the feed closes {@code in}. */
  public CandleFeed open(InputStream in, String origin) {
    return csv.open(in, origin);
  }
}
