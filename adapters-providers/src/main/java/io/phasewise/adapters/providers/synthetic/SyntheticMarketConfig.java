package io.phasewise.adapters.providers.synthetic;

import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link SyntheticMarket} generates: seed, number of assets and bars, bar interval and first
 * open time, starting price, how often each regime is chosen and how long a regime lasts on average.
 *
 * @param seed everything generated follows from it
 * @param assets number of assets, named {@code SYN001, SYN002, ...}
 * @param bars bars per asset
 * @param interval bar length
 * @param start open time of the first bar; a boundary of {@code interval}
 * @param startPrice every asset's price before its first bar
 * @param trendingWeight relative chance that a new regime is {@link SyntheticRegime#TRENDING}
 * @param meanRevertingWeight relative chance that a new regime is {@link SyntheticRegime#MEAN_REVERTING}
 * @param crashWeight relative chance that a new regime is a {@link SyntheticRegime#CRASH}
 * @param meanRegimeBars mean length in bars of trending and mean-reverting regimes (crashes have their own)
 */
public record SyntheticMarketConfig(long seed, int assets, int bars, Interval interval, Instant start,
    double startPrice, double trendingWeight, double meanRevertingWeight, double crashWeight, int meanRegimeBars) {

  public SyntheticMarketConfig {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(start, "start");
    if (assets < 1) throw new IllegalArgumentException("assets must be at least 1: " + assets);
    if (bars < 0) throw new IllegalArgumentException("bars must not be negative: " + bars);
    if (!interval.isBoundary(start)) throw new IllegalArgumentException("start " + start + " is not a " + interval.code() + " boundary");
    try {
      Math.addExact(start.toEpochMilli(), Math.multiplyExact(interval.millis(), (long) bars));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(bars + " bars of " + interval.code() + " from " + start + " run past the end of time");
    }
    if (!(startPrice > 0) || Double.isInfinite(startPrice)) throw new IllegalArgumentException("start price must be positive: " + startPrice);
    for (double weight : new double[] {trendingWeight, meanRevertingWeight, crashWeight}) {
      if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException("regime weights must be finite and >= 0: " + weight);
    }
    if (!(trendingWeight + meanRevertingWeight + crashWeight > 0)) throw new IllegalArgumentException("at least one regime weight must be positive");
    if (meanRegimeBars < 1) throw new IllegalArgumentException("mean regime length must be at least 1 bar: " + meanRegimeBars);
  }

  /**
   * Seed 42, 5 assets, 2520 daily bars from Monday 2000-01-03 (a boundary of every interval), price 100, regimes chosen 50% trending,
   * 45% mean-reverting, 5% crash, lasting 120 bars on average.
   */
  public static SyntheticMarketConfig defaults() {
    return new SyntheticMarketConfig(42, 5, 2520, Interval.D1, Instant.parse("2000-01-03T00:00:00Z"), 100, 0.5, 0.45,
        0.05, 120);
  }

  public SyntheticMarketConfig withSeed(long seed) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trendingWeight,
        meanRevertingWeight, crashWeight, meanRegimeBars);
  }

  public SyntheticMarketConfig withAssets(int assets) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trendingWeight,
        meanRevertingWeight, crashWeight, meanRegimeBars);
  }

  public SyntheticMarketConfig withBars(int bars) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trendingWeight,
        meanRevertingWeight, crashWeight, meanRegimeBars);
  }

  public SyntheticMarketConfig withInterval(Interval interval) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trendingWeight,
        meanRevertingWeight, crashWeight, meanRegimeBars);
  }

  public SyntheticMarketConfig withStart(Instant start) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trendingWeight,
        meanRevertingWeight, crashWeight, meanRegimeBars);
  }

  public SyntheticMarketConfig withStartPrice(double startPrice) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trendingWeight,
        meanRevertingWeight, crashWeight, meanRegimeBars);
  }

  public SyntheticMarketConfig withRegimeWeights(double trending, double meanReverting, double crash) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trending, meanReverting, crash,
        meanRegimeBars);
  }

  public SyntheticMarketConfig withMeanRegimeBars(int meanRegimeBars) {
    return new SyntheticMarketConfig(seed, assets, bars, interval, start, startPrice, trendingWeight,
        meanRevertingWeight, crashWeight, meanRegimeBars);
  }
}
