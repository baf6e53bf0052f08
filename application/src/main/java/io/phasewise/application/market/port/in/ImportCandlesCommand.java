package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.util.Objects;

/** Command: import the rows of {@code feed} as {@code interval} candles of {@code asset}. */
public record ImportCandlesCommand(AssetId asset, Interval interval, CandleFeed feed) {
  public ImportCandlesCommand {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(feed, "feed");
  }
}
