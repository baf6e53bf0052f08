package io.phasewise.domain.phase;

import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.YahooCsv;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Test series for phases: the Yahoo daily files already on the domain test classpath (read by
 * {@link YahooCsv}, the Close column as is) and seeded synthetic walks that trend up, crash and recover.
 */
final class PhaseFixtures {
  static final String AAPL = "/market/AAPL.csv";
  static final String SPY = "/market/SPY.csv";
  static final String BTC = "/indicator/BTC-USD.csv";

  private PhaseFixtures() {}

  static CandleSeries yahoo(String resource) {
    return YahooCsv.dailySeries(resource);
  }

  /**
   * {@code n} daily bars from 2010-01-04: a random walk whose drift switches between bull and bear
   * regimes every 60–250 bars, with an occasional crash day.
   */
  static CandleSeries regimeWalk(long seed, int n) {
    Random random = new Random(seed);
    CandleSeries.Builder builder = CandleSeries.builder(Interval.D1, n);
    long start = LocalDate.of(2010, 1, 4).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    double price = 100;
    double drift = 0.001;
    int regimeLeft = 0;
    for (int i = 0; i < n; i++) {
      if (regimeLeft-- <= 0) {
        drift = random.nextBoolean() ? 0.0015 : -0.002;
        regimeLeft = 60 + random.nextInt(190);
      }
      double r = random.nextDouble() < 0.004 ? -0.12 : drift + 0.015 * random.nextGaussian();
      double open = price;
      double close = open * Math.exp(r);
      double high = Math.max(open, close) * (1 + 0.005 * Math.abs(random.nextGaussian()));
      double low = Math.min(open, close) * (1 - 0.005 * Math.abs(random.nextGaussian()));
      double volume = Math.rint(1e6 * Math.exp(0.4 * random.nextGaussian() + (r < -0.03 ? 1 : 0)));
      builder.add(start + i * Interval.D1.millis(), open, high, low, close, volume);
      price = close;
    }
    return builder.build();
  }
}
