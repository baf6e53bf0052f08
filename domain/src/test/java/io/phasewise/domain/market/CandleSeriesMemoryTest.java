package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;

/** Acceptance: a columnar series costs at most 64 bytes per bar, measured on the heap with JOL. */
class CandleSeriesMemoryTest {

  private static final int BARS = 1_000_000;

  @Test
  void a_million_bar_series_retains_at_most_64_bytes_per_bar() {
    CandleSeries.Builder b = CandleSeries.builder(Interval.M1);
    for (int i = 0; i < BARS; i++) {
      double price = 100 + (i % 1000) * 0.01;
      b.add(i * Interval.M1.millis(), price, price + 0.5, price - 0.5, price, 1000 + i % 7);
    }
    CandleSeries series = b.build();

    long bytes = GraphLayout.parseInstance(series).totalSize();

    double perBar = (double) bytes / BARS;
    System.out.printf("CandleSeries of %,d bars retains %,d bytes: %.3f bytes per bar%n", BARS, bytes, perBar);
    assertThat(series.size()).isEqualTo(BARS);
    assertThat(perBar).isGreaterThanOrEqualTo(48).isLessThanOrEqualTo(64);
  }
}
