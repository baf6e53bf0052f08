package io.phasewise.domain.research;

import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Seeded geometric random walks of daily bars on weekdays: log returns normal with mean −σ²/2 (no drift in
 * the expected price) and sd σ, open at the previous close, high and low a little beyond open and close,
 * lognormal volume. Nothing about their future can be told from their past, so a classifier's phases
 * should tell nothing either.
 */
public final class RandomWalk {
  /** σ of a typical large stock or index: 1.2% a day, about 19% a year. */
  public static final double DAILY_VOLATILITY = 0.012;
  /** Ten years of trading days. */
  public static final int BARS = 2_520;
  private static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 4);

  private RandomWalk() {}

  /** A walk of {@code bars} daily bars from 100 with daily volatility {@code sigma}, drawn from {@code seed}. */
  public static CandleSeries geometric(long seed, int bars, double sigma) {
    if (bars < 1 || !(sigma > 0 && sigma < 1)) throw new IllegalArgumentException("a walk needs bars >= 1 and 0 < sigma < 1: " + bars + ", " + sigma);
    SplittableRandom random = new SplittableRandom(seed);
    CandleSeries.Builder walk = CandleSeries.builder(Interval.D1, bars);
    LocalDate day = FIRST_DAY;
    double close = 100;
    for (int i = 0; i < bars; i++) {
      double open = close;
      close = open * Math.exp(-sigma * sigma / 2 + sigma * random.nextGaussian());
      double high = Math.max(open, close) * (1 + sigma * Math.abs(random.nextGaussian()) / 2);
      double low = Math.min(open, close) * (1 - sigma * Math.abs(random.nextGaussian()) / 2);
      walk.add(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), open, high, low, close,
          Math.round(1e6 * Math.exp(0.3 * random.nextGaussian())));
      day = nextWeekday(day);
    }
    return walk.build();
  }

  private static LocalDate nextWeekday(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) next = next.plusDays(1);
    return next;
  }
}
