package io.phasewise.domain.snapshot;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;

/** What every per-bar snapshot has: its asset, interval and bar, and the moment it became known. */
public sealed interface BarSnapshot permits MarketSnapshot, IndicatorSnapshot, FeatureVector {
  AssetId asset();

  Interval interval();

  /** Open time of the bar the snapshot was computed at. */
  Instant barTime();

  /** End time of that bar: the snapshot is visible to computations as of this instant or later. */
  default Instant asOf() {
    return barTime().plus(interval().length());
  }
}
