package io.phasewise.adapters.persistence.market;

import io.phasewise.domain.market.Candle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded candles that exercise every column: adjusted bars, actions, long decimals, awkward sources. */
final class VariedCandles {
  static final Instant T0 = Instant.parse("2020-01-06T00:00:00Z");
  static final List<String> SOURCES = List.of("feed", "tab\there", "back\\slash", "new\nline", "ünïcödé €");
  private static final BigDecimal HALF = new BigDecimal("0.5");

  private VariedCandles() {}

  /** {@code n} daily bars, each day from one or two sources. */
  static List<Candle> daily(int n, long seed) {
    Random random = new Random(seed);
    List<Candle> candles = new ArrayList<>(n);
    for (int day = 0; candles.size() < n; day++) {
      Instant time = T0.plusSeconds(86_400L * day);
      candles.add(candle(random, time, SOURCES.get(0)));
      if (candles.size() < n && random.nextInt(4) == 0) {
        candles.add(candle(random, time, SOURCES.get(1 + random.nextInt(SOURCES.size() - 1))));
      }
    }
    return candles;
  }

  static Candle candle(Random random, Instant time, String source) {
    BigDecimal low = BigDecimal.valueOf(1 + random.nextInt(1_000_000), random.nextInt(9));
    BigDecimal high = low.add(BigDecimal.valueOf(random.nextInt(100_000), 4));
    BigDecimal open = pick(random, low, high);
    BigDecimal close = pick(random, low, high);
    BigDecimal volume = BigDecimal.valueOf(random.nextLong() & Long.MAX_VALUE, random.nextInt(3));
    Candle.Adjusted adjusted = random.nextBoolean() ? null
        : new Candle.Adjusted(open.multiply(HALF), high.multiply(HALF), low.multiply(HALF), close.multiply(HALF),
            random.nextBoolean() ? null : volume.multiply(BigDecimal.valueOf(2)));
    BigDecimal dividend = random.nextInt(20) == 0 ? new BigDecimal("0.0125") : BigDecimal.ZERO;
    BigDecimal split = random.nextInt(50) == 0 ? new BigDecimal("0.1") : BigDecimal.ONE;
    return new Candle(time, open, high, low, close, volume, adjusted, dividend, split, source);
  }

  /** {@code candle} with another close (kept inside low..high). */
  static Candle withClose(Candle c, BigDecimal close) {
    return new Candle(c.time(), c.open(), c.high().max(close), c.low().min(close), close, c.volume(), c.adjusted(),
        c.dividendCash(), c.splitFactor(), c.source());
  }

  private static BigDecimal pick(Random random, BigDecimal low, BigDecimal high) {
    return random.nextBoolean() ? low : high;
  }
}
