package io.phasewise.domain.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SnapshotEngineTest {
  private static final AssetId ASSET = new AssetId(7);
  private static final SnapshotEngine ENGINE = SnapshotEngine.standard();

  static LongStream seeds() {
    return LongStream.range(1, 9);
  }

  private static SnapshotFrame frame(CandleSeries series) {
    return ENGINE.compute(ASSET, series, TradingCalendar.STOCK);
  }

  @Test
  void market_snapshot_is_the_bar_its_change_and_a_daily_volatility() {
    CandleSeries series = SnapshotSeries.walk(1, 300, Interval.D1);
    SnapshotFrame frame = frame(series);
    int i = 250;
    MarketSnapshot market = frame.market(i);
    assertThat(market.barTime()).isEqualTo(series.time(i));
    assertThat(market.asOf()).isEqualTo(series.endTime(i));
    assertThat(market.price()).isEqualTo(series.close(i));
    assertThat(market.volume()).isEqualTo(series.volume(i));
    assertThat(market.changePct()).isCloseTo((series.close(i) / series.close(i - 1) - 1) * 100, within(1e-9));
    double pv = 0;
    double v = 0;
    for (int j = i - 19; j <= i; j++) {
      pv += (series.high(j) + series.low(j) + series.close(j)) / 3 * series.volume(j);
      v += series.volume(j);
    }
    assertThat(market.vwap()).isCloseTo(pv / v, within(1e-9));
    assertThat(market.volatility1d()).isCloseTo(sampleStdOfLogReturns(series, i, 20), within(1e-12));
    assertThat(frame.features(i).vol20d()).isCloseTo(sampleStdOfLogReturns(series, i, 20) * Math.sqrt(252), within(1e-12));
    assertThat(ENGINE.compute(ASSET, series, TradingCalendar.CRYPTO).features(i).vol20d())
        .isCloseTo(sampleStdOfLogReturns(series, i, 20) * Math.sqrt(365), within(1e-12));
  }

  @Test
  void intraday_vwap_restarts_every_utc_day_and_volatility_scales_to_a_day() {
    CandleSeries series = SnapshotSeries.walk(2, 24 * 5, Interval.H1);
    SnapshotFrame frame = ENGINE.compute(ASSET, series, TradingCalendar.CRYPTO);
    int midnight = 48;
    assertThat(frame.market(midnight).vwap())
        .isCloseTo((series.high(midnight) + series.low(midnight) + series.close(midnight)) / 3, within(1e-9));
    assertThat(frame.market(60).volatility1d()).isCloseTo(sampleStdOfLogReturns(series, 60, 20) * Math.sqrt(24), within(1e-12));
  }

  @Test
  void indicator_snapshot_and_features_hold_the_seed_columns() {
    CandleSeries series = SnapshotSeries.walk(3, 300, Interval.D1);
    SnapshotFrame frame = frame(series);
    int i = 299;
    IndicatorSnapshot indicators = frame.indicators(i);
    FeatureVector features = frame.features(i);
    assertThat(indicators.sma20()).isCloseTo(mean(series, i, 20), within(1e-9));
    assertThat(indicators.sma50()).isCloseTo(mean(series, i, 50), within(1e-9));
    assertThat(indicators.rsi14()).isBetween(0.0, 100.0).isEqualTo(features.rsi14());
    assertThat(indicators.atr14()).isPositive().isEqualTo(features.atr14());
    assertThat(features.ret5d()).isCloseTo(series.close(i) / series.close(i - 5) - 1, within(1e-12));
    assertThat(features.ret20d()).isCloseTo(series.close(i) / series.close(i - 20) - 1, within(1e-12));
    assertThat(features.momentum5d()).isCloseTo(series.close(i) - series.close(i - 5), within(1e-9));
    assertThat(features.extras()).containsOnlyKeys(ENGINE.extraNames());
    assertThat(features.extras().get("log_ret_1d")).isCloseTo(Math.log(series.close(i) / series.close(i - 1)), within(1e-12));
  }

  @Test
  void values_are_absent_until_warmed_up() {
    SnapshotFrame frame = frame(SnapshotSeries.walk(4, 60, Interval.D1));
    assertThat(frame.indicators(48).sma50()).isNaN();
    assertThat(frame.indicators(49).sma50()).isNotNaN();
    assertThat(frame.indicators(32).macd()).isNaN();
    assertThat(frame.indicators(33).macdSignal()).isNotNaN();
    assertThat(frame.market(0).changePct()).isNaN();
    assertThat(frame.features(0).extras()).isEmpty();
    assertThat(frame.features(59).extras()).containsOnlyKeys(ENGINE.extraNames());
  }

  /** Look-ahead test 1 of docs/ANALYTICS.md: the frame on the full series, cut at t, equals the frame on the series truncated at t. */
  @ParameterizedTest
  @MethodSource("seeds")
  void prefix_invariance(long seed) {
    CandleSeries series = SnapshotSeries.walk(seed, 1_500, Interval.D1);
    SnapshotFrame full = frame(series);
    Random random = new Random(seed);
    for (int cut = 0; cut < 5; cut++) {
      int t = random.nextInt(series.size());
      assertSameUpTo(full, frame(series.slice(0, t + 1)), 0, t, 0);
    }
  }

  /** Look-ahead test 2 of docs/ANALYTICS.md: replacing every bar after t with random bars changes nothing at or before t. */
  @ParameterizedTest
  @MethodSource("seeds")
  void scrambled_future(long seed) {
    CandleSeries series = SnapshotSeries.walk(seed, 1_500, Interval.D1);
    int t = 200 + new Random(seed).nextInt(1_200);
    assertSameUpTo(frame(series), frame(SnapshotSeries.scrambledAfter(series, t + 1, seed * 31)), 0, t, 0);
  }

  /** Look-ahead test 3 of docs/ANALYTICS.md: after {@link SnapshotEngine#HISTORY_BARS} bars, earlier history does not matter. */
  @ParameterizedTest
  @EnumSource(value = Interval.class, names = {"D1", "H1"})
  void warm_up_convergence(Interval interval) {
    CandleSeries series = SnapshotSeries.walk(11, 4_000, interval);
    SnapshotFrame full = frame(series);
    for (int start : new int[] {0, 480, 1_200}) {
      int dayStart = series.firstIndexAtOrAfter(Interval.D1.floorMillis(series.openTimes()[start]) + (start == 0 ? 0 : Interval.D1.millis()));
      SnapshotFrame late = frame(series.slice(dayStart, series.size()));
      assertSameFrom(full, late, dayStart + SnapshotEngine.HISTORY_BARS, 1e-9);
    }
  }

  @Test
  void a_price_that_is_not_positive_is_rejected() {
    CandleSeries series = CandleSeries.builder(Interval.D1).add(0, 1, 1, 1, 1, 1).add(86_400_000L, 0, 0, 0, 0, 1).build();
    assertThatThrownBy(() -> frame(series)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extra_features_need_distinct_valid_names_and_one_full_column_each() {
    FeatureDefinition roc = FeatureDefinition.of("roc", s -> new double[s.size()]);
    assertThatThrownBy(() -> new SnapshotEngine(List.of(roc, roc))).hasMessageContaining("roc is defined twice");
    assertThatThrownBy(() -> FeatureDefinition.of("Bad Name", s -> new double[0])).hasMessageContaining("Bad Name");
    SnapshotEngine shortColumn = new SnapshotEngine(List.of(FeatureDefinition.of("short", s -> new double[1])));
    assertThatThrownBy(() -> shortColumn.compute(ASSET, SnapshotSeries.walk(1, 5, Interval.D1), TradingCalendar.STOCK))
        .hasMessageContaining("a column of 1 values for 5 bars");
  }

  private static void assertSameUpTo(SnapshotFrame expected, SnapshotFrame actual, int from, int to, double tolerance) {
    for (int i = from; i <= to; i++) assertSameBar(expected, i, actual, i, tolerance);
  }

  private static void assertSameFrom(SnapshotFrame full, SnapshotFrame late, int fromInFull, double tolerance) {
    int offset = full.size() - late.size();
    for (int i = fromInFull; i < full.size(); i++) assertSameBar(full, i, late, i - offset, tolerance);
  }

  private static void assertSameBar(SnapshotFrame expected, int i, SnapshotFrame actual, int j, double tolerance) {
    assertThat(actual.openTimeMillis(j)).isEqualTo(expected.openTimeMillis(i));
    for (Column column : Column.values()) {
      assertClose(column.name(), i, expected.value(column, i), actual.value(column, j), tolerance);
    }
    for (int k = 0; k < expected.extraNames().size(); k++) {
      assertClose(expected.extraNames().get(k), i, expected.extra(k, i), actual.extra(k, j), tolerance);
    }
  }

  private static void assertClose(String name, int i, double expected, double actual, double tolerance) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as("%s at bar %d", name, i).isNaN();
    } else {
      assertThat(actual).as("%s at bar %d", name, i).isCloseTo(expected, within(tolerance * Math.max(1, Math.abs(expected))));
    }
  }

  private static double mean(CandleSeries series, int last, int n) {
    double sum = 0;
    for (int j = last - n + 1; j <= last; j++) sum += series.close(j);
    return sum / n;
  }

  private static double sampleStdOfLogReturns(CandleSeries series, int last, int n) {
    double[] r = new double[n];
    double mean = 0;
    for (int k = 0; k < n; k++) {
      r[k] = Math.log(series.close(last - k) / series.close(last - k - 1));
      mean += r[k] / n;
    }
    double sq = 0;
    for (double x : r) sq += (x - mean) * (x - mean);
    return Math.sqrt(sq / (n - 1));
  }
}
