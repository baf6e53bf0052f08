package io.phasewise.domain.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Test fixture: high/low/close columns of the real files and of seeded synthetic random walks. */
final class PriceFixtures {

  /** Named high, low and close columns of equal length. */
  record Bars(String name, double[] high, double[] low, double[] close) {
    @Override
    public String toString() {
      return name;
    }
  }

  private PriceFixtures() {}

  /** AAPL daily (market test resources), BTC-USD daily (every row, the last one included) and 100,000 synthetic bars. */
  static Stream<Bars> golden() {
    return Stream.of(yahoo("/market/AAPL.csv"), yahoo("/indicator/BTC-USD.csv"), randomWalk(20240603L, 100_000, 100));
  }

  /** The two real files only. */
  static Stream<Bars> real() {
    return Stream.of(yahoo("/market/AAPL.csv"), yahoo("/indicator/BTC-USD.csv"));
  }

  /**
   * A random walk of {@code n} bars in log price around {@code start}: closes move by about 1 % a bar,
   * one bar in fifty gaps by up to ±20 %, a weak pull towards {@code start} keeps decades of bars
   * within a realistic band of price levels, and highs and lows straddle the open and close.
   */
  static Bars randomWalk(long seed, int n, double start) {
    Random random = new Random(seed);
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double anchor = Math.log(start);
    double previous = anchor;
    for (int i = 0; i < n; i++) {
      double gap = random.nextInt(50) == 0 ? 0.2 * (2 * random.nextDouble() - 1) : 0;
      double open = previous + gap;
      double logClose = open + 0.01 * random.nextGaussian() - 0.002 * (open - anchor);
      close[i] = Math.exp(logClose);
      high[i] = Math.max(Math.exp(open), close[i]) * (1 + 0.005 * random.nextDouble());
      low[i] = Math.min(Math.exp(open), close[i]) * (1 - 0.005 * random.nextDouble());
      previous = logClose;
    }
    return new Bars("random walk seed " + seed, high, low, close);
  }

  /** {@code n} bars all at {@code price}. */
  static Bars flat(int n, double price) {
    double[] p = new double[n];
    java.util.Arrays.fill(p, price);
    return new Bars("flat " + price, p, p.clone(), p.clone());
  }

  private static Bars yahoo(String resource) {
    try (InputStream in = PriceFixtures.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      List<String[]> rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
      double[] high = new double[rows.size()];
      double[] low = new double[rows.size()];
      double[] close = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        high[i] = Double.parseDouble(rows.get(i)[2]);
        low[i] = Double.parseDouble(rows.get(i)[3]);
        close[i] = Double.parseDouble(rows.get(i)[4]);
      }
      return new Bars(resource.substring(resource.lastIndexOf('/') + 1), high, low, close);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
