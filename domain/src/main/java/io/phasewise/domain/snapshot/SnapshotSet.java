package io.phasewise.domain.snapshot;

import java.util.Objects;

/** The market snapshot, indicator snapshot and feature vector of one bar of one asset. */
public record SnapshotSet(MarketSnapshot market, IndicatorSnapshot indicators, FeatureVector features) {

  public SnapshotSet {
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(indicators, "indicators");
    Objects.requireNonNull(features, "features");
    if (!sameBar(market, indicators) || !sameBar(market, features)) {
      throw new IllegalArgumentException("snapshots of different bars: " + market.barTime() + ", "
          + indicators.barTime() + ", " + features.barTime());
    }
  }

  /** The snapshots of bar {@code i} of {@code frame}. */
  public static SnapshotSet of(SnapshotFrame frame, int i) {
    return new SnapshotSet(frame.market(i), frame.indicators(i), frame.features(i));
  }

  private static boolean sameBar(BarSnapshot a, BarSnapshot b) {
    return a.asset().equals(b.asset()) && a.interval() == b.interval() && a.barTime().equals(b.barTime());
  }
}
