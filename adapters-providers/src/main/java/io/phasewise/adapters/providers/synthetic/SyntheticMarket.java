package io.phasewise.adapters.providers.synthetic;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.stream.IntStream;

/**
 * A deterministic synthetic market for demos, tests and benchmarks: the same {@link SyntheticMarketConfig}
 * gives the same bars on any JVM and platform (integer arithmetic, SplitMix64 and {@link StrictMath} only).
 *
 * <p><b>Model.</b> Each asset follows a latent log price {@code x}, starting at {@code log(startPrice)},
 * with its own random stream derived from the seed and the asset's index (so asset 3 is the same whether
 * or not assets 0-2 are generated). Regimes follow one another; each new one is drawn with the configured
 * weights:
 * <ul>
 *   <li><b>trending</b>: {@code dx = μ + σ·z} with annual drift {@code |μ|} uniform in 10%..60% and annual
 *       volatility 20%; the direction is up with probability {@code 1 / (1 + (P/P₀)²)}, which leans
 *       prices back toward the starting price {@code P₀} so that long series stay in a plausible band;
 *   <li><b>mean-reverting</b>: {@code dx = θ·(L − x) + σ·z}, an Ornstein-Uhlenbeck step toward the level
 *       {@code L} where the regime began, with {@code θ} uniform in 0.05..0.20 per bar and annual
 *       volatility 15%;
 *   <li><b>crash</b>: a drawdown of 25%..50% spread over 5..15 bars at annual volatility 90% (at least
 *       half the per-bar drift), then 20..60 bars at half that volatility recovering 40%..100% of the
 *       log loss, scaled by {@code 2 / (1 + (P/P₀)²)}: more below the starting price, less above it.
 * </ul>
 * Trending and mean-reverting regimes last an exponentially distributed number of bars with mean
 * {@code meanRegimeBars}. Volatilities and drifts are annual figures scaled to the bar interval (a year
 * is 365.25 days: the market never closes).
 *
 * <p><b>Bars.</b> The open is the previous close moved by a small gap ({@code σ/10}); the close is
 * {@code exp(x)} after the bar's step; the high and the low extend beyond the open and the close by
 * half-normal wicks of {@code σ/2}. Prices are rounded to 4 decimals, so they are exact decimals and
 * every bar keeps {@code low ≤ open, close ≤ high}. Volume is a whole number, at least 1, around
 * 1,000,000 per day of bar length, times 0.8 in mean-reverting regimes, 3 during a crash's drawdown
 * and 1.5 during its recovery.
 *
 * <p>A market is immutable and thread-safe: each call generates its asset afresh.
 */
public final class SyntheticMarket {

  /** Source label of every synthetic candle. */
  public static final String SOURCE = "synthetic";

  private final SyntheticMarketConfig config;

  public SyntheticMarket(SyntheticMarketConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public SyntheticMarketConfig config() {
    return config;
  }

  /** The name of asset {@code asset} (0-based): {@code SYN001} for asset 0. */
  public String assetName(int asset) {
    checkAsset(asset);
    return String.format(Locale.ROOT, "SYN%03d", asset + 1);
  }

  /** Names of all assets, in index order. */
  public List<String> assetNames() {
    return IntStream.range(0, config.assets()).mapToObj(this::assetName).toList();
  }

  /** The bars of asset {@code asset} (0-based), generated afresh on each call. */
  public CandleSeries series(int asset) {
    return generate(asset).series();
  }

  /** The regime each bar of asset {@code asset} was generated in: ground truth for regime detectors. */
  public List<SyntheticRegime> regimes(int asset) {
    return Collections.unmodifiableList(Arrays.asList(generate(asset).regimes()));
  }

  /**
   * The bars of asset {@code asset} as stored candles (source {@value #SOURCE}, 4-decimal prices), a
   * read-only view over one generated series: candles are created as they are read.
   */
  public List<Candle> candles(int asset) {
    return new CandleView(series(asset));
  }

  /** The bars of asset {@code asset} as a feed numbered from line 1, created as they are read. */
  public CandleFeed feed(int asset) {
    return CandleFeed.of(SOURCE + " " + assetName(asset) + " seed " + config.seed(), candles(asset));
  }

  private RegimeSwitchingPath.Generated generate(int asset) {
    checkAsset(asset);
    return new RegimeSwitchingPath(config, asset).generate();
  }

  private void checkAsset(int asset) {
    Objects.checkIndex(asset, config.assets());
  }

  private static final class CandleView extends AbstractList<Candle> implements RandomAccess {
    private final CandleSeries series;

    CandleView(CandleSeries series) {
      this.series = series;
    }

    @Override
    public Candle get(int i) {
      return Candle.of(series.time(i), price(series.open(i)), price(series.high(i)), price(series.low(i)),
          price(series.close(i)), BigDecimal.valueOf((long) series.volume(i)), SOURCE);
    }

    @Override
    public int size() {
      return series.size();
    }

    /** The exact 4-decimal price whose nearest double the generator stored. */
    private static BigDecimal price(double value) {
      return BigDecimal.valueOf(Math.round(value * 10_000), 4);
    }
  }
}
