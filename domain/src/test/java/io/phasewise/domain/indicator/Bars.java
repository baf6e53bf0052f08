package io.phasewise.domain.indicator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

/** Test fixture: OHLCV columns read from the Yahoo CSV resources or generated as a seeded random walk. */
record Bars(String name, long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

  static final long DAY_MILLIS = 86_400_000L;
  private static final List<Bars> GOLDEN =
      List.of(yahoo("/market/AAPL.csv"), yahoo("/indicator/BTC-USD.csv"), randomWalk(20240601L, 100_000, DAY_MILLIS));

  int size() {
    return close.length;
  }

  /** Bars {@code from} (inclusive) to {@code to} (exclusive) as a series of their own. */
  Bars slice(int from, int to) {
    return new Bars(name + "[" + from + ".." + to + ")", Arrays.copyOfRange(time, from, to),
        Arrays.copyOfRange(open, from, to), Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
        Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to));
  }

  /** The golden inputs: AAPL and BTC-USD daily files and a 100,000-bar synthetic random walk. */
  static List<Bars> golden() {
    return GOLDEN;
  }

  /** Seeds for the property tests; each failure message names its seed. */
  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  /** A Yahoo daily CSV resource ({@code Date,Open,High,Low,Close,Adj Close,Volume}), split-adjusted columns. */
  static Bars yahoo(String resource) {
    try (InputStream in = Bars.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      List<String[]> rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().skip(1)
          .filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
      int n = rows.size();
      Bars b = new Bars(resource.substring(resource.lastIndexOf('/') + 1), new long[n], new double[n], new double[n],
          new double[n], new double[n], new double[n]);
      for (int i = 0; i < n; i++) {
        String[] f = rows.get(i);
        b.time[i] = LocalDate.parse(f[0]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        b.open[i] = Double.parseDouble(f[1]);
        b.high[i] = Double.parseDouble(f[2]);
        b.low[i] = Double.parseDouble(f[3]);
        b.close[i] = Double.parseDouble(f[4]);
        b.volume[i] = Double.parseDouble(f[6]);
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A geometric random walk of {@code n} consistent bars (low ≤ open, close ≤ high) spaced {@code stepMillis}
   * apart from 2000-01-01T00:00Z, with log-normal volumes; the same seed gives the same bars.
   */
  static Bars randomWalk(long seed, int n, long stepMillis) {
    Random random = new Random(seed);
    Bars b = new Bars("random-walk(" + seed + ")", new long[n], new double[n], new double[n], new double[n],
        new double[n], new double[n]);
    long start = LocalDate.of(2000, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    double previous = 100;
    for (int i = 0; i < n; i++) {
      double open = previous;
      double close = open * Math.exp(0.01 * random.nextGaussian());
      b.time[i] = start + i * stepMillis;
      b.open[i] = open;
      b.close[i] = close;
      b.high[i] = Math.max(open, close) * (1 + 0.005 * Math.abs(random.nextGaussian()));
      b.low[i] = Math.min(open, close) * (1 - 0.005 * Math.abs(random.nextGaussian()));
      b.volume[i] = Math.rint(1e6 * Math.exp(0.5 * random.nextGaussian()));
      previous = close;
    }
    return b;
  }

  /**
   * Bars with the awkward cases: runs of identical flat bars, zero-volume bars, and price jumps of
   * up to a factor 1000 either way, mixed into a random walk.
   */
  static Bars withGapsAndFlats(long seed, int n) {
    return withGapsAndFlats(seed, n, 1000);
  }

  /** {@link #withGapsAndFlats(long, int)} with jumps of a factor {@code gap} either way. */
  static Bars withGapsAndFlats(long seed, int n, double gap) {
    Random random = new Random(seed);
    Bars walk = randomWalk(seed, n, 3_600_000L);
    Bars b = new Bars("gaps-and-flats(" + seed + ", " + gap + ")", walk.time, walk.open, walk.high, walk.low,
        walk.close, walk.volume);
    int i = 0;
    while (i < n) {
      int run = 1 + random.nextInt(40);
      int kind = random.nextInt(4);
      double base = i == 0 ? b.close[0] : b.close[i - 1];
      for (int j = i; j < Math.min(n, i + run); j++) {
        if (kind == 0) {
          b.open[j] = base;
          b.high[j] = base;
          b.low[j] = base;
          b.close[j] = base;
          b.volume[j] = random.nextBoolean() ? 0 : 5_000;
        } else if (kind == 1) {
          b.volume[j] = 0;
        }
      }
      if (kind == 2 && i + run < n) {
        double factor = random.nextBoolean() ? gap : 1 / gap;
        for (int j = i + run; j < n; j++) {
          b.open[j] *= factor;
          b.high[j] *= factor;
          b.low[j] *= factor;
          b.close[j] *= factor;
        }
      }
      i += run;
    }
    return b;
  }
}
