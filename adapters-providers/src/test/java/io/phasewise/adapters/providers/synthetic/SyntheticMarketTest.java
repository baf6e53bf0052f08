package io.phasewise.adapters.providers.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Determinism, bar invariants, regimes and the agreement of the series and candle views. */
class SyntheticMarketTest {

  private static final SyntheticMarketConfig DEFAULTS = SyntheticMarketConfig.defaults();

  @Test
  void the_same_seed_gives_identical_bars_and_another_seed_different_ones() {
    SyntheticMarketConfig config = DEFAULTS.withBars(5_000);

    CandleSeries first = new SyntheticMarket(config).series(1);
    CandleSeries again = new SyntheticMarket(config).series(1);
    CandleSeries otherSeed = new SyntheticMarket(config.withSeed(43)).series(1);
    CandleSeries otherAsset = new SyntheticMarket(config).series(2);

    assertThat(again).isEqualTo(first);
    assertThat(new SyntheticMarket(config).regimes(1)).isEqualTo(new SyntheticMarket(config).regimes(1));
    assertThat(otherSeed.closes()).isNotEqualTo(first.closes());
    assertThat(otherAsset.closes()).isNotEqualTo(first.closes());
  }

  /**
   * Pins the first bar and the last close of the default market. The generator uses only integer
   * arithmetic, IEEE operations and StrictMath, so these hold on every JVM; a change here is a change
   * of the model, to be made on purpose.
   */
  @Test
  void the_default_market_is_the_same_everywhere() {
    CandleSeries series = new SyntheticMarket(DEFAULTS).series(0);

    assertThat(series.size()).isEqualTo(2520);
    assertThat(series.time(0)).isEqualTo(Instant.parse("2000-01-03T00:00:00Z"));
    assertThat(new double[] {series.open(0), series.high(0), series.low(0), series.close(0), series.volume(0)})
        .containsExactly(99.9413, 100.3018, 99.2728, 99.4168, 2188642);
    assertThat(series.close(2519)).isEqualTo(170.0493);
  }

  @Test
  void an_asset_does_not_depend_on_how_many_others_are_generated() {
    assertThat(new SyntheticMarket(DEFAULTS.withAssets(3)).series(2))
        .isEqualTo(new SyntheticMarket(DEFAULTS.withAssets(50)).series(2));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {0, 1, 42, -7, Long.MIN_VALUE, Long.MAX_VALUE})
  void every_bar_of_a_long_series_is_consistent(long seed) {
    SyntheticMarketConfig config = DEFAULTS.withSeed(seed).withBars(200_000).withInterval(Interval.H1);
    CandleSeries series = new SyntheticMarket(config).series(0);

    assertThat(series.size()).isEqualTo(200_000);
    double previousClose = config.startPrice();
    for (int i = 0; i < series.size(); i++) {
      double open = series.open(i);
      double high = series.high(i);
      double low = series.low(i);
      double close = series.close(i);
      double volume = series.volume(i);
      check(seed, i, series.openTimes()[i] == config.start().toEpochMilli() + i * Interval.H1.millis(), "hourly time");
      check(seed, i, 0 < low && low <= Math.min(open, close) && Math.max(open, close) <= high, "low <= open, close <= high");
      // the gap is a tenth of the bar's volatility, which peaks in a crash at about 7% per bar
      check(seed, i, Math.abs(open / previousClose - 1) < 0.05, "open near the previous close");
      check(seed, i, volume >= 1 && volume == Math.rint(volume), "whole positive volume");
      for (double price : new double[] {open, high, low, close}) {
        check(seed, i, Math.rint(price * 10_000) / 10_000 == price, "4-decimal prices");
      }
      previousClose = close;
    }
  }

  private static void check(long seed, int bar, boolean holds, String property) {
    if (!holds) fail("seed " + seed + ", bar " + bar + ": " + property);
  }

  @Test
  void a_long_series_visits_every_regime_and_crashes_draw_down_hard_on_heavy_volume() {
    SyntheticMarket market = new SyntheticMarket(DEFAULTS.withBars(20_000));
    CandleSeries series = market.series(0);
    List<SyntheticRegime> regimes = market.regimes(0);

    assertThat(EnumSet.copyOf(regimes)).containsExactlyInAnyOrder(SyntheticRegime.values());

    List<Double> drawdowns = new ArrayList<>();
    double crashVolume = 0;
    double otherVolume = 0;
    int crashBars = 0;
    for (int i = 1; i < series.size(); i++) {
      if (regimes.get(i) == SyntheticRegime.CRASH) {
        crashVolume += series.volume(i);
        crashBars++;
      } else {
        otherVolume += series.volume(i);
      }
      if (regimes.get(i) == SyntheticRegime.CRASH && regimes.get(i - 1) != SyntheticRegime.CRASH) {
        double before = series.close(i - 1);
        double trough = before;
        for (int j = i; j < series.size() && regimes.get(j) == SyntheticRegime.CRASH; j++) trough = Math.min(trough, series.low(j));
        drawdowns.add(1 - trough / before);
      }
    }

    assertThat(drawdowns).hasSizeGreaterThanOrEqualTo(5).allSatisfy(d -> assertThat(d).isGreaterThan(0.20));
    assertThat(drawdowns).anySatisfy(d -> assertThat(d).isGreaterThan(0.40));
    assertThat(crashVolume / crashBars).isGreaterThan(1.5 * otherVolume / (series.size() - 1 - crashBars));
  }

  @Test
  void a_regime_of_weight_zero_never_occurs() {
    SyntheticMarketConfig config = DEFAULTS.withBars(20_000).withRegimeWeights(1, 1, 0);

    assertThat(new SyntheticMarket(config).regimes(0)).doesNotContain(SyntheticRegime.CRASH).contains(SyntheticRegime.TRENDING);
    assertThat(new SyntheticMarket(config.withRegimeWeights(0, 0, 1)).regimes(0)).containsOnly(SyntheticRegime.CRASH);
  }

  @ParameterizedTest
  @EnumSource(Interval.class)
  void the_candle_feed_holds_the_same_bars_as_the_series(Interval interval) {
    SyntheticMarket market = new SyntheticMarket(DEFAULTS.withBars(3_000).withInterval(interval));
    CandleSeries series = market.series(4);

    CandleSeries.Builder rebuilt = CandleSeries.builder(interval);
    long line = 0;
    try (CandleFeed feed = market.feed(4)) {
      assertThat(feed.origin()).isEqualTo("synthetic SYN005 seed 42");
      CandleRow row;
      while ((row = feed.next()) != null) {
        assertThat(row.line()).isEqualTo(++line);
        Candle candle = ((CandleRow.Good) row).candle();
        assertThat(candle.source()).isEqualTo("synthetic");
        assertThat(candle.close().scale()).isEqualTo(4);
        rebuilt.add(candle);
      }
    }

    assertThat(rebuilt.build()).isEqualTo(series);
    assertThat(market.candles(4)).hasSize(3_000).element(0)
        .isEqualTo(Candle.of(series.time(0), BigDecimal.valueOf(series.open(0)).setScale(4),
            BigDecimal.valueOf(series.high(0)).setScale(4), BigDecimal.valueOf(series.low(0)).setScale(4),
            BigDecimal.valueOf(series.close(0)).setScale(4), BigDecimal.valueOf((long) series.volume(0)), "synthetic"));
  }

  @Test
  void assets_are_named_in_order() {
    SyntheticMarket market = new SyntheticMarket(DEFAULTS.withAssets(3));

    assertThat(market.assetNames()).containsExactly("SYN001", "SYN002", "SYN003");
    assertThatThrownBy(() -> market.series(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> market.assetName(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "start off the weekly grid | W1 | 2000-01-04T00:00:00Z | 100 | 1 | not a 1w boundary",
      "no positive weight        | D1 | 2000-01-03T00:00:00Z | 100 | 0 | at least one regime weight",
      "price not positive        | D1 | 2000-01-03T00:00:00Z | 0   | 1 | start price must be positive",
  })
  void an_invalid_config_is_refused(String why, Interval interval, Instant start, double price, double weight,
      String message) {
    assertThatThrownBy(() -> DEFAULTS.withInterval(interval).withStart(start).withStartPrice(price)
        .withRegimeWeights(weight, weight, weight))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }

  @Test
  void bar_counts_and_asset_counts_are_checked() {
    assertThatThrownBy(() -> DEFAULTS.withBars(-1)).hasMessageContaining("bars must not be negative");
    assertThatThrownBy(() -> DEFAULTS.withAssets(0)).hasMessageContaining("assets must be at least 1");
    assertThatThrownBy(() -> DEFAULTS.withMeanRegimeBars(0)).hasMessageContaining("at least 1 bar");
    assertThat(new SyntheticMarket(DEFAULTS.withBars(0)).series(0).isEmpty()).isTrue();
  }
}
