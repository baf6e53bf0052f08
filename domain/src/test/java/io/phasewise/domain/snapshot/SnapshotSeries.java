package io.phasewise.domain.snapshot;

import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Random;

/** Seeded candle series for snapshot tests: a random walk with a crash, a flat stretch and silent bars. */
final class SnapshotSeries {
  static final long START = Instant.parse("2015-01-01T00:00:00Z").toEpochMilli();

  private SnapshotSeries() {}

  /** {@code n} consistent bars of {@code interval} from 2015-01-01, continuing from {@code price}. */
  static CandleSeries walk(long seed, int n, Interval interval) {
    return append(CandleSeries.builder(interval, n), new Random(seed), START, n, interval, 100).build();
  }

  /** The first {@code keep} bars of {@code series} followed by random bars of the same spacing. */
  static CandleSeries scrambledAfter(CandleSeries series, int keep, long seed) {
    CandleSeries.Builder builder = CandleSeries.builder(series.interval(), series.size());
    for (int i = 0; i < keep; i++) {
      builder.add(series.openTimes()[i], series.open(i), series.high(i), series.low(i), series.close(i), series.volume(i));
    }
    long next = series.openTimes()[keep - 1] + series.interval().millis();
    return append(builder, new Random(seed), next, series.size() - keep, series.interval(), 5 + 500 * new Random(seed).nextDouble())
        .build();
  }

  private static CandleSeries.Builder append(CandleSeries.Builder builder, Random random, long start, int n, Interval interval,
      double price) {
    double previous = price;
    for (int i = 0; i < n; i++) {
      double open = previous;
      double drift = i % 997 == 500 ? -0.3 : 0.02 * random.nextGaussian();
      double close = i % 613 < 15 ? open : open * Math.exp(drift);
      double high = Math.max(open, close) * (1 + 0.01 * Math.abs(random.nextGaussian()));
      double low = Math.min(open, close) * (1 - 0.01 * Math.abs(random.nextGaussian()));
      double volume = i % 211 == 0 ? 0 : Math.rint(1e6 * Math.exp(0.5 * random.nextGaussian()));
      builder.add(start + i * interval.millis(), open, high, low, close, volume);
      previous = close;
    }
    return builder;
  }
}
