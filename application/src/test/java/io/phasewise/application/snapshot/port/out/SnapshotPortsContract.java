package io.phasewise.application.snapshot.port.out;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.FeatureDefinition;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the snapshot ports passes (fake and database); each test starts from an empty store. */
public abstract class SnapshotPortsContract {
  private static final Instant END = T0.plusSeconds(86_400L * 100_000);
  private static final SnapshotEngine ENGINE = SnapshotEngine.standard();

  protected abstract SaveSnapshotsPort save();

  protected abstract LoadSnapshotsPort load();

  protected abstract SaveCandlesPort candles();

  /** Registers a fresh asset the snapshots can belong to. */
  protected abstract AssetId newAsset(String symbol);

  /** Stores {@code n} daily candles of a zig-zag walk starting at {@code start} and returns their snapshots. */
  private SnapshotFrame storedFrame(AssetId asset, int n, double start) {
    List<Candle> bars = new ArrayList<>();
    CandleSeries.Builder series = CandleSeries.builder(Interval.D1);
    double price = start;
    for (int i = 0; i < n; i++) {
      double close = price * (i % 7 < 4 ? 1.013 : 0.985);
      Candle candle = Candle.of(T0.plusSeconds(86_400L * i), BigDecimal.valueOf(price),
          BigDecimal.valueOf(Math.max(price, close) * 1.01), BigDecimal.valueOf(Math.min(price, close) * 0.99),
          BigDecimal.valueOf(close), BigDecimal.valueOf(1_000 + 37L * (i % 11)), "feed");
      bars.add(candle);
      series.add(candle);
      price = close;
    }
    candles().saveAll(asset, Interval.D1, bars);
    return ENGINE.compute(asset, series.build(), TradingCalendar.STOCK);
  }

  @Test
  void saving_the_same_snapshots_twice_changes_nothing_the_second_time() {
    AssetId a = newAsset("SNAP");
    SnapshotFrame frame = storedFrame(a, 120, 50);

    assertThat(save().save(frame, 0)).isEqualTo(new UpsertCount(120, 0, 0));
    assertThat(save().save(frame, 0)).isEqualTo(new UpsertCount(0, 0, 120));
    assertThat(save().save(frame, 100)).isEqualTo(new UpsertCount(0, 0, 20));
    assertThat(load().count(a, Interval.D1, T0, END)).isEqualTo(120);
    assertThat(load().lastBarTime(a, Interval.D1)).contains(T0.plusSeconds(86_400L * 119));
    assertThat(load().lastBarTime(a, Interval.H1)).isEmpty();
  }

  @Test
  void a_snapshot_that_changed_is_replaced_and_counted() {
    AssetId a = newAsset("MOVE");
    save().save(storedFrame(a, 80, 50), 0);
    SnapshotFrame other = ENGINE.compute(a, walk(80, 51), TradingCalendar.STOCK);

    assertThat(save().save(other, 70)).isEqualTo(new UpsertCount(0, 10, 0));
    assertThat(load().history(a, Interval.D1, T0, END, 79, 1)).containsExactly(SnapshotSet.of(other, 79));
  }

  @Test
  void every_value_reads_back_as_written_and_warm_up_stays_absent() {
    AssetId a = newAsset("ROUND");
    SnapshotFrame frame = storedFrame(a, 90, 1234.5678);
    save().save(frame, 0);

    List<SnapshotSet> all = load().history(a, Interval.D1, T0, END, 0, 1_000);
    assertThat(all).hasSize(90);
    for (int i = 0; i < 90; i++) assertThat(all.get(i)).isEqualTo(SnapshotSet.of(frame, i));
    assertThat(all.get(0).indicators().rsi14()).isNaN();
    assertThat(all.get(0).features().extras()).isEmpty();
    assertThat(all.get(89).features().extras()).containsOnlyKeys(ENGINE.extraNames());
  }

  @Test
  void extras_of_any_name_round_trip() {
    AssetId a = newAsset("XTRA");
    SnapshotEngine custom = new SnapshotEngine(List.of(FeatureDefinition.of("tiny_and_huge", s -> {
      double[] v = new double[s.size()];
      for (int i = 0; i < v.length; i++) v[i] = i % 2 == 0 ? 1e-300 * (i + 1) : -1.2345678901234567e300;
      return v;
    })));
    SnapshotFrame frame = custom.compute(a, walk(10, 5), TradingCalendar.CRYPTO);
    save().save(frame, 0);

    assertThat(load().history(a, Interval.D1, T0, END, 0, 10)).containsExactly(
        java.util.stream.IntStream.range(0, 10).mapToObj(i -> SnapshotSet.of(frame, i)).toArray(SnapshotSet[]::new));
  }

  @Test
  void history_is_a_paged_range_of_bar_times() {
    AssetId a = newAsset("PAGE");
    SnapshotFrame frame = storedFrame(a, 60, 20);
    save().save(frame, 0);
    Instant from = T0.plusSeconds(86_400L * 10);
    Instant to = T0.plusSeconds(86_400L * 20);

    assertThat(load().count(a, Interval.D1, from, to)).isEqualTo(10);
    assertThat(load().history(a, Interval.D1, from, to, 3, 4)).extracting(s -> s.market().barTime())
        .containsExactly(T0.plusSeconds(86_400L * 13), T0.plusSeconds(86_400L * 14), T0.plusSeconds(86_400L * 15),
            T0.plusSeconds(86_400L * 16));
  }

  @Test
  void latest_takes_each_assets_last_bar_and_skips_assets_without_snapshots() {
    AssetId a = newAsset("LA");
    AssetId b = newAsset("LB");
    AssetId none = newAsset("LC");
    SnapshotFrame fa = storedFrame(a, 40, 10);
    SnapshotFrame fb = storedFrame(b, 55, 99);
    save().save(fa, 0);
    save().save(fb, 0);

    Map<AssetId, SnapshotSet> latest = load().latest(List.of(a, b, none), Interval.D1, END);
    assertThat(latest).containsOnlyKeys(a, b);
    assertThat(latest.get(a)).isEqualTo(SnapshotSet.of(fa, 39));
    assertThat(latest.get(b)).isEqualTo(SnapshotSet.of(fb, 54));

    Instant endOfBar45 = T0.plusSeconds(86_400L * 46);
    Map<AssetId, SnapshotSet> asOf = load().latest(List.of(a, b), Interval.D1, endOfBar45);
    assertThat(asOf.get(a)).isEqualTo(SnapshotSet.of(fa, 39));
    assertThat(asOf.get(b)).isEqualTo(SnapshotSet.of(fb, 45));
    assertThat(load().latest(List.of(b), Interval.D1, endOfBar45.minusMillis(1)).get(b)).isEqualTo(SnapshotSet.of(fb, 44));
    assertThat(load().latest(List.of(a, b), Interval.D1, T0)).isEmpty();
  }

  @Test
  void training_rows_join_the_close_and_order_by_asset_then_bar() {
    AssetId a = newAsset("TA");
    AssetId b = newAsset("TB");
    SnapshotFrame fa = storedFrame(a, 30, 10);
    SnapshotFrame fb = storedFrame(b, 30, 20);
    save().save(fb, 0);
    save().save(fa, 0);
    Instant from = T0.plusSeconds(86_400L * 25);

    List<TrainingRow> rows = load().trainingRows(Interval.D1, from, END, List.of(), 0, 100);
    assertThat(rows).hasSize(10);
    assertThat(rows.get(0).features()).isEqualTo(fa.features(25));
    assertThat(rows.get(0).close()).isEqualTo(fa.value(SnapshotFrame.Column.PRICE, 25));
    assertThat(rows.get(5).features()).isEqualTo(fb.features(25));
    assertThat(load().countTrainingRows(Interval.D1, from, END, List.of(b))).isEqualTo(5);
    assertThat(load().trainingRows(Interval.D1, from, END, List.of(b), 4, 10)).extracting(TrainingRow::features)
        .containsExactly(fb.features(29));
  }

  @Test
  void delete_all_removes_one_interval_of_one_asset() {
    AssetId a = newAsset("DEL");
    AssetId keep = newAsset("KEEP");
    save().save(storedFrame(a, 30, 10), 0);
    save().save(storedFrame(keep, 30, 10), 0);

    assertThat(save().deleteAll(a, Interval.D1)).isEqualTo(30);
    assertThat(load().lastBarTime(a, Interval.D1)).isEmpty();
    assertThat(load().count(keep, Interval.D1, T0, END)).isEqualTo(30);
  }

  private static CandleSeries walk(int n, double start) {
    CandleSeries.Builder series = CandleSeries.builder(Interval.D1);
    double price = start;
    for (int i = 0; i < n; i++) {
      double close = price * (i % 5 < 3 ? 1.02 : 0.97);
      series.add(T0.plusSeconds(86_400L * i).toEpochMilli(), price, Math.max(price, close) * 1.01, Math.min(price, close) * 0.99,
          close, 500 + i);
      price = close;
    }
    return series.build();
  }
}
