package io.phasewise.adapters.rest.snapshot;

import static io.phasewise.adapters.rest.shared.JsonNumbers.orNull;

import io.phasewise.domain.snapshot.MarketSnapshot;
import io.swagger.v3.oas.annotations.media.Schema;

/** The market at the end of a bar; null where a value is still warming up. */
@Schema(name = "MarketSnapshot")
public record MarketSnapshotJson(
    @Schema(description = "the bar's close") Double price,
    @Schema(description = "close-to-close change from the previous bar, in percent") Double changePct,
    Double volume,
    @Schema(description = "volume-weighted average price: of the UTC day so far for intraday bars, of the last 20 "
        + "bars for daily and weekly ones") Double vwap,
    @Schema(description = "standard deviation of the last 20 one-bar log returns scaled to one trading day")
    Double volatility1d) {

  public static MarketSnapshotJson of(MarketSnapshot m) {
    return new MarketSnapshotJson(orNull(m.price()), orNull(m.changePct()), orNull(m.volume()), orNull(m.vwap()),
        orNull(m.volatility1d()));
  }
}
