package io.phasewise.adapters.rest.snapshot;

import io.phasewise.domain.snapshot.MarketSnapshot;
import io.phasewise.domain.snapshot.SnapshotSet;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Everything computed at one bar of an asset: the market, the standard indicators and the model features. */
@Schema(name = "Snapshot")
record SnapshotJson(
    long asset,
    @Schema(description = "open time of the bar, UTC", example = "2024-01-02T00:00:00Z") Instant time,
    @Schema(description = "end time of the bar: when the snapshot became known", example = "2024-01-03T00:00:00Z")
    Instant asOf,
    MarketSnapshotJson market,
    IndicatorSnapshotJson indicators,
    FeatureVectorJson features) {

  static SnapshotJson of(SnapshotSet set) {
    MarketSnapshot market = set.market();
    return new SnapshotJson(market.asset().value(), market.barTime(), market.asOf(), MarketSnapshotJson.of(market),
        IndicatorSnapshotJson.of(set.indicators()), FeatureVectorJson.of(set.features()));
  }
}
