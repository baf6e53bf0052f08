package io.phasewise.application.phase.service;

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
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Candles for phase tests: seeded walks through bull and bear regimes with crash days, and the real Yahoo files. */
final class PhaseWalks {
  static final Instant START = Instant.parse("2015-01-05T00:00:00Z");
  private static final long DAY = 86_400L;

  private PhaseWalks() {}

  /**
   * Bars {@code 0 .. n-1} of a walk whose drift switches between bull and bear every 60–250 bars, with
   * an occasional crash day; the same seed always gives the same bar at an index.
   */
  static List<Candle> regimes(long seed, int n) {
    Random random = new Random(seed);
    List<Candle> bars = new ArrayList<>(n);
    double price = 100;
    double drift = 0.001;
    int regimeLeft = 0;
    for (int i = 0; i < n; i++) {
      if (regimeLeft-- <= 0) {
        drift = random.nextBoolean() ? 0.0015 : -0.002;
        regimeLeft = 60 + random.nextInt(190);
      }
      double r = random.nextDouble() < 0.004 ? -0.12 : drift + 0.015 * random.nextGaussian();
      double close = price * Math.exp(r);
      double high = Math.max(price, close) * (1 + 0.005 * Math.abs(random.nextGaussian()));
      double low = Math.min(price, close) * (1 - 0.005 * Math.abs(random.nextGaussian()));
      double volume = Math.rint(1e6 * Math.exp(0.4 * random.nextGaussian() + (r < -0.03 ? 1 : 0)));
      bars.add(Candle.of(START.plusSeconds(DAY * i), bd(price), bd(high), bd(low), bd(close), bd(volume), "walk"));
      price = close;
    }
    return bars;
  }

  /** The candles of a Yahoo daily export on the test classpath (the Close column as is). */
  static List<Candle> yahoo(String resource) {
    try (InputStream in = PhaseWalks.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = Arrays.asList(reader.readLine().split(","));
      int date = header.indexOf("Date");
      int open = header.indexOf("Open");
      int high = header.indexOf("High");
      int low = header.indexOf("Low");
      int close = header.indexOf("Close");
      int volume = header.indexOf("Volume");
      return reader.lines().filter(line -> !line.isBlank()).map(line -> line.split(",", -1))
          .map(f -> Candle.of(LocalDate.parse(f[date]).atStartOfDay(ZoneOffset.UTC).toInstant(), new BigDecimal(f[open]),
              new BigDecimal(f[high]), new BigDecimal(f[low]), new BigDecimal(f[close]), new BigDecimal(f[volume]), "yahoo"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BigDecimal bd(double v) {
    return BigDecimal.valueOf(v);
  }
}
