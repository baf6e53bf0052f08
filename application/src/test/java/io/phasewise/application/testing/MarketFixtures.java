package io.phasewise.application.testing;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Tick;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Small builders of valid candles and ticks for tests. */
public final class MarketFixtures {
  public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  private MarketFixtures() {}

  /** A feed named test.csv that yields {@code rows} in order. */
  public static CandleFeed feed(List<CandleRow> rows) {
    Deque<CandleRow> queue = new ArrayDeque<>(rows);
    return new CandleFeed() {
      @Override
      public String origin() {
        return "test.csv";
      }

      @Override
      public CandleRow next() {
        return queue.poll();
      }
    };
  }

  /** {@code candles} as good rows on lines 2, 3, ... (after a header). */
  public static List<CandleRow> good(List<Candle> candles) {
    List<CandleRow> rows = new ArrayList<>();
    for (int i = 0; i < candles.size(); i++) rows.add(new CandleRow.Good(i + 2, candles.get(i)));
    return rows;
  }

  public static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  /** A bar around {@code close}: open = close, high = close + 1, low = close − 1, volume 1000. */
  public static Candle candle(Instant time, String close, String source) {
    BigDecimal c = d(close);
    return Candle.of(time, c, c.add(BigDecimal.ONE), c.subtract(BigDecimal.ONE), c, d("1000"), source);
  }

  /** {@code n} consecutive daily bars from {@link #T0} with closes 100, 101, ... */
  public static List<Candle> dailyCandles(int n, String source) {
    List<Candle> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(candle(T0.plusSeconds(86_400L * i), Integer.toString(100 + i % 500), source));
    return out;
  }

  public static Tick trade(Instant time, String price, String size) {
    return Tick.trade(time, d(price), d(size), "test-feed");
  }
}
