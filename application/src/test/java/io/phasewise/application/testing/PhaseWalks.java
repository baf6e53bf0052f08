package io.phasewise.application.testing;

import io.phasewise.domain.market.Candle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Candles for phase tests: seeded walks through bull and bear regimes with crash days, and the real Yahoo files. */
public final class PhaseWalks {
  public static final Instant START = Instant.parse("2015-01-05T00:00:00Z");
  private static final long DAY = 86_400L;
  private static final int LEG = 170;
  private static final int CRASH_EVERY = 389;

  private PhaseWalks() {}

  /**
   * Bars {@code 0 .. n-1} of a noisy walk along a fixed schedule of market legs: a rise, a fall, a
   * sideways drift and a rise again, each {@value #LEG} bars long, with a crash day every
   * {@value #CRASH_EVERY} bars; the noise comes from {@code seed}, so the same seed always gives the
   * same bar at an index.
   */
  public static List<Candle> regimes(long seed, int n) {
    double[] legDrift = {0.0018, -0.0022, 0.0002, 0.0012};
    Random noise = new Random(seed);
    List<Candle> bars = new ArrayList<>(n);
    double open = 100;
    for (int i = 0; i < n; i++) {
      boolean crash = i % CRASH_EVERY == CRASH_EVERY - 1;
      double logReturn = crash ? -0.13 : legDrift[i / LEG % legDrift.length] + 0.014 * noise.nextGaussian();
      double close = open * Math.exp(logReturn);
      double wick = 1 + 0.004 * Math.abs(noise.nextGaussian());
      double volume = Math.rint(8e5 * (crash ? 3 : 1) * (1 + noise.nextDouble()));
      bars.add(Candle.of(START.plusSeconds(DAY * i), bd(open), bd(Math.max(open, close) * wick),
          bd(Math.min(open, close) / wick), bd(close), bd(volume), "walk"));
      open = close;
    }
    return bars;
  }

  /**
   * The candles of a Yahoo daily export on the test classpath, whose columns are Date, Open, High,
   * Low, Close, Adj Close, Volume (the Close column taken as is).
   */
  public static List<Candle> yahoo(String resource) {
    try (InputStream in = PhaseWalks.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      if (!lines.get(0).equals("Date,Open,High,Low,Close,Adj Close,Volume")) {
        throw new IllegalStateException(resource + " is not a Yahoo daily export: " + lines.get(0));
      }
      List<Candle> candles = new ArrayList<>(lines.size());
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) continue;
        String[] f = line.split(",", -1);
        candles.add(Candle.of(LocalDate.parse(f[0]).atStartOfDay(ZoneOffset.UTC).toInstant(), new BigDecimal(f[1]),
            new BigDecimal(f[2]), new BigDecimal(f[3]), new BigDecimal(f[4]), new BigDecimal(f[6]), "yahoo"));
      }
      return candles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code bars} with the bar at {@code index} replaced by one whose prices are all zero: data no snapshot can be computed from. */
  public static List<Candle> withZeroBar(List<Candle> bars, int index) {
    List<Candle> broken = new ArrayList<>(bars);
    Candle at = broken.get(index);
    broken.set(index, Candle.of(at.time(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE,
        at.source()));
    return broken;
  }

  private static BigDecimal bd(double v) {
    return BigDecimal.valueOf(v);
  }
}
