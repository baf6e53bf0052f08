package io.phasewise.adapters.persistence.snapshot;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.FeatureDefinition;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/** Seeded snapshot frames of daily bars: the standard features, or extras of every kind of double. */
final class SnapshotFrames {
  static final Instant T0 = Instant.parse("1990-01-01T00:00:00Z");
  static final Instant END = T0.plusSeconds(86_400L * 100_000);
  /** Doubles that a decimal or a JSON number cannot hold as they are, or only just. */
  private static final double[] AWKWARD = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
      Double.MIN_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 1e-300, -1.2345678901234567e300, 0.1 + 0.2, 1e21, 1e23};

  private SnapshotFrames() {}

  /** {@code n} daily bars of a random walk with the standard features. */
  static SnapshotFrame standard(AssetId asset, int n, long seed) {
    return SnapshotEngine.standard().compute(asset, walk(n, seed), TradingCalendar.STOCK);
  }

  /** {@code n} daily bars whose one extra feature runs through awkward doubles and random bit patterns. */
  static SnapshotFrame awkwardExtras(AssetId asset, int n, long seed) {
    Random random = new Random(seed);
    SnapshotEngine engine = new SnapshotEngine(List.of(FeatureDefinition.of("bits", series -> {
      double[] values = new double[series.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = i < AWKWARD.length ? AWKWARD[i] : Double.longBitsToDouble(random.nextLong());
      }
      return values;
    })));
    return engine.compute(asset, walk(n, seed), TradingCalendar.CRYPTO);
  }

  /** Daily bars of a random walk with full-precision prices and volumes. */
  static CandleSeries walk(int n, long seed) {
    Random random = new Random(seed);
    CandleSeries.Builder series = CandleSeries.builder(Interval.D1);
    double price = 100;
    for (int i = 0; i < n; i++) {
      double close = price * Math.exp(random.nextGaussian() * 0.02);
      double high = Math.max(price, close) * (1 + random.nextDouble() * 0.01);
      double low = Math.min(price, close) * (1 - random.nextDouble() * 0.01);
      series.add(T0.plusSeconds(86_400L * i).toEpochMilli(), price, high, low, close, random.nextDouble() * 1e6);
      price = close;
    }
    return series.build();
  }
}
