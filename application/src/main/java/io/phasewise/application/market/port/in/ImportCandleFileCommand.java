package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;

/**
 * Command: import the candle file read from {@code in} as {@code interval} candles of {@code asset},
 * closing the stream when done.
 *
 * @param origin the file's name, for the report and messages
 * @param lastRowInProgress whether the file's last row is a period still running and must be
 *     rejected; empty to decide by the asset's market ({@link io.phasewise.domain.market.TradingCalendar#exportEndsInProgress()})
 */
public record ImportCandleFileCommand(AssetId asset, Interval interval, InputStream in, String origin,
    CandleFileFormat format, Optional<Boolean> lastRowInProgress) {
  public ImportCandleFileCommand {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(lastRowInProgress, "lastRowInProgress");
  }

  /** A file whose last row is in progress exactly when the asset's market trades round the clock. */
  public static ImportCandleFileCommand of(AssetId asset, Interval interval, InputStream in, String origin,
      CandleFileFormat format) {
    return new ImportCandleFileCommand(asset, interval, in, origin, format, Optional.empty());
  }
}
