package io.phasewise.application.market.port.out;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.application.testing.MarketFixtures.d;
import static io.phasewise.application.testing.MarketFixtures.dailyCandles;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Contract every implementation of the candle ports passes (fake and database), the read of many assets' daily
 * closes included; each test starts from an empty store.
 */
public abstract class CandlePortsContract {
  private static final Instant END = T0.plusSeconds(86_400L * 100_000);

  protected abstract SaveCandlesPort save();

  protected abstract LoadCandlesPort load();

  /** The read of many assets' daily closes over the same candles. */
  protected abstract LoadDailyClosesPort closes();

  /** Registers a fresh asset the candles can belong to. */
  protected abstract AssetId newAsset(String symbol);

  @Test
  void bar_time_before_counts_bars_back_once_per_time_whatever_the_sources() {
    AssetId a = newAsset("BACK");
    save().saveAll(a, Interval.D1, dailyCandles(10, "alpha"));
    save().saveAll(a, Interval.D1, dailyCandles(10, "beta"));
    Instant day7 = T0.plusSeconds(86_400L * 7);

    assertThat(load().barTimeBefore(a, Interval.D1, day7, 1)).contains(T0.plusSeconds(86_400L * 6));
    assertThat(load().barTimeBefore(a, Interval.D1, day7, 3)).contains(T0.plusSeconds(86_400L * 4));
    assertThat(load().barTimeBefore(a, Interval.D1, day7, 1_000)).contains(T0);
    assertThat(load().barTimeBefore(a, Interval.D1, T0, 1)).isEmpty();
    assertThat(load().barTimeBefore(a, Interval.H1, day7, 1)).isEmpty();
  }

  @Test
  void saving_the_same_candles_twice_changes_nothing_the_second_time() {
    AssetId a = newAsset("IDEM");
    List<Candle> candles = dailyCandles(300, "feed");

    assertThat(save().saveAll(a, Interval.D1, candles)).isEqualTo(new UpsertCount(300, 0, 0));
    assertThat(save().saveAll(a, Interval.D1, candles)).isEqualTo(new UpsertCount(0, 0, 300));
  }

  @Test
  void a_big_batch_in_any_order_is_idempotent_and_counts_each_change() {
    AssetId a = newAsset("BULK");
    List<Candle> candles = new ArrayList<>(dailyCandles(20_000, "feed"));
    Collections.shuffle(candles, new java.util.Random(7));

    assertThat(save().saveAll(a, Interval.D1, candles)).isEqualTo(new UpsertCount(20_000, 0, 0));
    List<Candle> again = new ArrayList<>(dailyCandles(20_001, "feed"));
    again.set(5, candle(T0.plusSeconds(86_400L * 5), "42.5", "feed"));

    assertThat(save().saveAll(a, Interval.D1, again)).isEqualTo(new UpsertCount(1, 1, 19_999));
    assertThat(load().count(a, Interval.D1, T0, END, null)).isEqualTo(20_001);
    assertThat(load().load(a, Interval.D1, T0, END, null, 5, 1).get(0).close()).isEqualByComparingTo("42.5");
  }

  @Test
  void the_same_value_at_another_scale_is_unchanged() {
    AssetId a = newAsset("SCALE");
    save().saveAll(a, Interval.D1, List.of(candle(T0, "10.5", "feed")));

    assertThat(save().saveAll(a, Interval.D1, List.of(candle(T0, "10.50", "feed")))).isEqualTo(new UpsertCount(0, 0, 1));
  }

  @Test
  void load_reads_a_half_open_range_in_time_order_with_paging() {
    AssetId a = newAsset("RANGE");
    save().saveAll(a, Interval.D1, dailyCandles(10, "feed"));
    Instant from = T0.plusSeconds(86_400L * 2);
    Instant to = T0.plusSeconds(86_400L * 7);

    assertThat(load().load(a, Interval.D1, from, to, null, 0, 100)).extracting(Candle::time)
        .containsExactly(from, from.plusSeconds(86_400), from.plusSeconds(2 * 86_400L), from.plusSeconds(3 * 86_400L),
            from.plusSeconds(4 * 86_400L));
    assertThat(load().load(a, Interval.D1, from, to, null, 3, 100)).hasSize(2);
    assertThat(load().load(a, Interval.D1, from, to, null, 1, 2)).extracting(c -> c.close().intValue()).containsExactly(103, 104);
    assertThat(load().count(a, Interval.D1, from, to, null)).isEqualTo(5);
  }

  @Test
  void every_field_round_trips_exactly() {
    AssetId a = newAsset("FIELDS");
    Candle full = new Candle(T0, d("10.123456789"), d("12.5"), d("9.75"), d("11"), d("123456789012.5"),
        new Candle.Adjusted(d("5.06"), d("6.25"), d("4.875"), d("5.5"), d("246913578025")), d("0.25"), d("2"), "feed");
    save().saveAll(a, Interval.D1, List.of(full));

    Candle read = load().load(a, Interval.D1, T0, END, null, 0, 10).get(0);
    assertThat(read).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(full);
  }

  @Test
  void intervals_and_assets_do_not_mix() {
    AssetId a = newAsset("MIXA");
    AssetId b = newAsset("MIXB");
    save().saveAll(a, Interval.D1, List.of(candle(T0, "1", "feed")));
    save().saveAll(a, Interval.H1, List.of(candle(T0, "2", "feed")));
    save().saveAll(b, Interval.D1, List.of(candle(T0, "3", "feed")));

    assertThat(load().load(a, Interval.D1, T0, END, null, 0, 10)).extracting(c -> c.close().intValue()).containsExactly(1);
    assertThat(load().load(a, Interval.H1, T0, END, null, 0, 10)).extracting(c -> c.close().intValue()).containsExactly(2);
    assertThat(load().load(b, Interval.D1, T0, END, null, 0, 10)).extracting(c -> c.close().intValue()).containsExactly(3);
  }

  @Test
  void without_a_source_the_first_source_by_name_wins_and_a_source_filters() {
    AssetId a = newAsset("SRC");
    save().saveAll(a, Interval.D1, List.of(candle(T0, "1", "zeta"), candle(T0.plusSeconds(86_400), "2", "zeta")));
    save().saveAll(a, Interval.D1, List.of(candle(T0, "9", "alpha")));

    assertThat(load().load(a, Interval.D1, T0, END, null, 0, 10)).extracting(Candle::source).containsExactly("alpha", "zeta");
    assertThat(load().count(a, Interval.D1, T0, END, null)).isEqualTo(2);
    assertThat(load().load(a, Interval.D1, T0, END, "zeta", 0, 10)).extracting(c -> c.close().intValue()).containsExactly(1, 2);
    assertThat(load().loadSeries(a, Interval.D1, T0, END, null).closes()).containsExactly(9, 2);
  }

  @Test
  void load_series_holds_the_same_bars_as_load() {
    AssetId a = newAsset("SERIES");
    save().saveAll(a, Interval.D1, dailyCandles(50, "feed"));

    CandleSeries series = load().loadSeries(a, Interval.D1, T0.plusSeconds(86_400L * 10), END, null);
    List<Candle> candles = load().load(a, Interval.D1, T0.plusSeconds(86_400L * 10), END, null, 0, 1000);
    assertThat(series.size()).isEqualTo(40);
    for (int i = 0; i < 40; i++) {
      assertThat(series.time(i)).isEqualTo(candles.get(i).time());
      assertThat(series.close(i)).isEqualTo(candles.get(i).close().doubleValue());
      assertThat(series.high(i)).isEqualTo(candles.get(i).high().doubleValue());
      assertThat(series.volume(i)).isEqualTo(candles.get(i).volume().doubleValue());
    }
  }

  @Test
  void corporate_actions_after_a_time_carry_the_previous_close() {
    AssetId a = newAsset("ACTS");
    List<Candle> candles = new ArrayList<>(dailyCandles(6, "feed"));
    candles.set(2, withActions(candles.get(2), "0.5", "1"));
    candles.set(4, withActions(candles.get(4), "0", "2"));
    save().saveAll(a, Interval.D1, candles);

    assertThat(load().corporateActionsAfter(a, Interval.D1, T0, null)).containsExactly(
        new CorporateAction.Dividend(T0.plusSeconds(2 * 86_400L), 0.5, 101),
        new CorporateAction.Split(T0.plusSeconds(4 * 86_400L), 2));
    assertThat(load().corporateActionsAfter(a, Interval.D1, T0.plusSeconds(2 * 86_400L), null))
        .containsExactly(new CorporateAction.Split(T0.plusSeconds(4 * 86_400L), 2));
  }

  @Test
  void latest_reads_the_last_bar_of_each_asset_that_has_one() {
    AssetId a = newAsset("LATA");
    AssetId b = newAsset("LATB");
    AssetId empty = newAsset("LATC");
    save().saveAll(a, Interval.D1, dailyCandles(5, "feed"));
    save().saveAll(b, Interval.D1, dailyCandles(3, "feed"));
    save().saveAll(b, Interval.H1, List.of(candle(T0.plusSeconds(86_400L * 30), "1", "feed")));

    Map<AssetId, Candle> latest = load().latest(List.of(a, b, empty), Interval.D1);
    assertThat(latest).containsOnlyKeys(a, b);
    assertThat(latest.get(a).time()).isEqualTo(T0.plusSeconds(4 * 86_400L));
    assertThat(latest.get(b).close()).isEqualByComparingTo("102");
  }

  private static Candle withActions(Candle c, String dividend, String split) {
    return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(), null, d(dividend), d(split), c.source());
  }

  private static Instant at(String day) {
    return Instant.parse(day + "T00:00:00Z");
  }

  private static Candle split(String day, String close, String factor, String source) {
    Candle c = candle(at(day), close, source);
    return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(), null, null, new BigDecimal(factor), source);
  }

  /** Each bar of {@code closes} as "day close factor". */
  private static List<String> rows(DailyCloses closes) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < closes.size(); i++) {
      rows.add(closes.day(i) + " " + closes.close(i).stripTrailingZeros().toPlainString() + " "
          + closes.splitFactor(i).stripTrailingZeros().toPlainString());
    }
    return rows;
  }

  private AssetId twoYears(String symbol) {
    AssetId asset = newAsset(symbol);
    save().saveAll(asset, Interval.D1, List.of(candle(at("2023-12-29"), "90", "feed"), candle(at("2024-01-02"), "100", "feed"),
        split("2024-01-03", "50.5", "2", "feed"), candle(at("2024-01-04"), "51", "feed"), candle(at("2024-01-08"), "52", "feed")));
    return asset;
  }

  @Test
  void every_close_and_split_factor_of_several_assets_comes_in_one_read_in_day_order() {
    AssetId a = twoYears("AAA");
    AssetId b = newAsset("BBB");
    save().saveAll(b, Interval.D1, List.of(split("2024-01-05", "7.25", "0.333333", "feed")));

    Map<AssetId, DailyCloses> read = closes().dailyCloses(List.of(a, b), null, null);

    assertThat(read).containsOnlyKeys(a, b);
    assertThat(rows(read.get(a))).containsExactly("2023-12-29 90 1", "2024-01-02 100 1", "2024-01-03 50.5 2", "2024-01-04 51 1",
        "2024-01-08 52 1");
    assertThat(rows(read.get(b))).containsExactly("2024-01-05 7.25 0.333333");
    assertThat(read.get(a).isSplit(2)).isTrue();
    assertThat(read.get(a).isSplit(1)).isFalse();
  }

  @Test
  void a_period_gives_its_days_and_the_last_close_before_it() {
    AssetId a = twoYears("AAA");

    assertThat(rows(closes().dailyCloses(Set.of(a), LocalDate.parse("2024-01-03"), LocalDate.parse("2024-01-04")).get(a)))
        .containsExactly("2024-01-02 100 1", "2024-01-03 50.5 2", "2024-01-04 51 1");
    assertThat(rows(closes().dailyCloses(Set.of(a), LocalDate.parse("2024-01-05"), LocalDate.parse("2024-01-07")).get(a)))
        .as("no close inside the period: the one before it only").containsExactly("2024-01-04 51 1");
    assertThat(rows(closes().dailyCloses(Set.of(a), null, LocalDate.parse("2024-01-02")).get(a)))
        .containsExactly("2023-12-29 90 1", "2024-01-02 100 1");
    assertThat(rows(closes().dailyCloses(Set.of(a), LocalDate.parse("2024-01-08"), null).get(a)))
        .containsExactly("2024-01-04 51 1", "2024-01-08 52 1");
    assertThat(closes().dailyCloses(Set.of(a), null, LocalDate.parse("2023-12-28"))).as("all later").isEmpty();
  }

  @Test
  void only_daily_bars_count_and_the_first_source_by_name_gives_a_day() {
    AssetId a = newAsset("SRC");
    save().saveAll(a, Interval.D1, List.of(candle(at("2024-01-02"), "100", "zeta"), candle(at("2024-01-02"), "99", "alpha"),
        candle(at("2024-01-03"), "101", "zeta")));
    save().saveAll(a, Interval.H1, List.of(candle(at("2024-01-04"), "500", "alpha")));

    assertThat(rows(closes().dailyCloses(Set.of(a), null, null).get(a))).containsExactly("2024-01-02 99 1", "2024-01-03 101 1");
    assertThat(rows(closes().dailyCloses(Set.of(a), LocalDate.parse("2024-01-03"), null).get(a)))
        .as("the bar before the period from the first source too").containsExactly("2024-01-02 99 1", "2024-01-03 101 1");
  }

  @Test
  void an_asset_without_closes_or_unknown_is_absent_and_an_empty_set_reads_nothing() {
    AssetId a = twoYears("AAA");
    AssetId bare = newAsset("BARE");
    AssetId unknown = new AssetId(a.value() + bare.value() + 1_000);

    assertThat(closes().dailyCloses(List.of(a, bare, unknown), LocalDate.parse("2024-01-01"), null)).containsOnlyKeys(a);
    assertThat(closes().dailyCloses(List.of(), null, null)).isEmpty();
  }
}
