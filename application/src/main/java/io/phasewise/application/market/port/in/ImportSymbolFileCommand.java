package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.CandleFileFormat;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.Interval;
import java.io.InputStream;
import java.util.Objects;

/**
 * Command: import the candle file read from {@code in} as {@code interval} candles of the asset with
 * the profile's symbol and type, registering it with {@code profile} when there is none yet; closes
 * the stream when done.
 *
 * @param origin the file's name, for the report and messages
 */
public record ImportSymbolFileCommand(AssetProfile profile, Interval interval, InputStream in, String origin,
    CandleFileFormat format) {
  public ImportSymbolFileCommand {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
  }
}
