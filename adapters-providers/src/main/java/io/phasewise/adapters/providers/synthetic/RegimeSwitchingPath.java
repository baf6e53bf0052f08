package io.phasewise.adapters.providers.synthetic;

import io.phasewise.domain.market.CandleSeries;

/**
 * Generates one asset's bars: a latent log price driven by a regime that switches over time, and
 * bars drawn around it. The model is described on {@link SyntheticMarket}. One use per instance.
 */
final class RegimeSwitchingPath {

  /** One asset's bars and the regime each was generated in. */
  record Generated(CandleSeries series, SyntheticRegime[] regimes) {}

  private static final double YEAR_MILLIS = 365.25 * 24 * 60 * 60 * 1000;
  private static final double DAY_MILLIS = 24 * 60 * 60 * 1000;
  private static final double TRENDING_VOLATILITY = 0.20;
  private static final double MEAN_REVERTING_VOLATILITY = 0.15;
  private static final double CRASH_VOLATILITY = 0.90;
  private static final double DAILY_VOLUME = 1_000_000;
  private static final double PRICE_STEPS = 10_000; // prices are whole multiples of 0.0001

  private final SyntheticMarketConfig config;
  private final SplitMix64 random;
  private final double sqrtYears;
  private final double years;
  private final double logStartPrice;

  private double logPrice;
  private SyntheticRegime regime;
  private int barsLeft;
  private double drift;
  private double volatility;
  private double volumeFactor;
  private double level;
  private double reversion;
  private int crashBarsLeft;
  private double recoveryDrift;

  RegimeSwitchingPath(SyntheticMarketConfig config, int asset) {
    this.config = config;
    this.random = new SplitMix64(SplitMix64.mix(config.seed()) + SplitMix64.mix(asset + 1L));
    this.years = config.interval().millis() / YEAR_MILLIS;
    this.sqrtYears = StrictMath.sqrt(years);
    this.logStartPrice = StrictMath.log(config.startPrice());
    this.logPrice = logStartPrice;
  }

  Generated generate() {
    int n = config.bars();
    CandleSeries.Builder series = CandleSeries.builder(config.interval(), n);
    SyntheticRegime[] regimes = new SyntheticRegime[n];
    long time = config.start().toEpochMilli();
    double barVolume = DAILY_VOLUME * config.interval().millis() / DAY_MILLIS;
    for (int i = 0; i < n; i++, time += config.interval().millis()) {
      if (barsLeft == 0) startRegime();
      regimes[i] = regime;
      double rawOpen = StrictMath.exp(logPrice + 0.1 * volatility * random.nextGaussian());
      double move = logReturn();
      logPrice += move;
      double rawClose = StrictMath.exp(logPrice);
      double rawHigh = Math.max(rawOpen, rawClose) * (1 + 0.5 * volatility * Math.abs(random.nextGaussian()));
      double rawLow = Math.min(rawOpen, rawClose) / (1 + 0.5 * volatility * Math.abs(random.nextGaussian()));
      double volume = Math.max(1, Math.round(barVolume * volumeFactor * (0.5 + Math.abs(random.nextGaussian()))));
      // rounding is monotonic, so the rounded bar keeps low <= open, close <= high
      series.add(time, price(rawOpen), price(rawHigh), price(rawLow), price(rawClose), volume);
      barsLeft--;
    }
    return new Generated(series.build(), regimes);
  }

  private static double price(double raw) {
    return Math.round(raw * PRICE_STEPS) / PRICE_STEPS;
  }

  private double logReturn() {
    if (regime == SyntheticRegime.MEAN_REVERTING) {
      return reversion * (level - logPrice) + volatility * random.nextGaussian();
    }
    if (regime == SyntheticRegime.CRASH && crashBarsLeft-- == 0) {
      drift = recoveryDrift;
      volatility /= 2;
      volumeFactor = 1.5;
    }
    return drift + volatility * random.nextGaussian();
  }

  private void startRegime() {
    regime = pickRegime();
    switch (regime) {
      case TRENDING -> {
        barsLeft = regimeLength();
        double direction = random.nextDouble() < leanUp() ? 1 : -1;
        drift = direction * (0.1 + 0.5 * random.nextDouble()) * years;
        volatility = TRENDING_VOLATILITY * sqrtYears;
        volumeFactor = 1;
      }
      case MEAN_REVERTING -> {
        barsLeft = regimeLength();
        level = logPrice;
        reversion = 0.05 + 0.15 * random.nextDouble();
        volatility = MEAN_REVERTING_VOLATILITY * sqrtYears;
        volumeFactor = 0.8;
      }
      case CRASH -> {
        crashBarsLeft = random.nextInt(5, 15);
        int recoveryBars = random.nextInt(20, 60);
        barsLeft = crashBarsLeft + recoveryBars;
        double logDepth = StrictMath.log(1 - (0.25 + 0.25 * random.nextDouble()));
        drift = logDepth / crashBarsLeft;
        recoveryDrift = -logDepth * (0.4 + 0.6 * random.nextDouble()) * 2 * leanUp() / recoveryBars;
        volatility = Math.max(CRASH_VOLATILITY * sqrtYears, 0.5 * -drift);
        volumeFactor = 3;
      }
    }
  }

  /**
   * {@code 1 / (1 + (P/P₀)²)}: ½ at the starting price, toward 1 below it and toward 0 above it. Trend
   * directions and crash recoveries lean on it, so that long series stay in a plausible band around
   * the starting price instead of drifting to 0 or to infinity.
   */
  private double leanUp() {
    double ratio = StrictMath.exp(logPrice - logStartPrice);
    return 1 / (1 + ratio * ratio);
  }

  private SyntheticRegime pickRegime() {
    double trending = config.trendingWeight();
    double meanReverting = config.meanRevertingWeight();
    double crash = config.crashWeight();
    double pick = random.nextDouble() * (trending + meanReverting + crash);
    // the "== 0" guards keep a regime of weight 0 out even when the product rounds up to a boundary
    if (pick < trending || meanReverting + crash == 0) return SyntheticRegime.TRENDING;
    if (pick < trending + meanReverting || crash == 0) return SyntheticRegime.MEAN_REVERTING;
    return SyntheticRegime.CRASH;
  }

  /** Exponentially distributed with mean {@code meanRegimeBars}, at least one bar. */
  private int regimeLength() {
    return 1 + (int) Math.min(Integer.MAX_VALUE - 1, -config.meanRegimeBars() * StrictMath.log(1 - random.nextDouble()));
  }
}
