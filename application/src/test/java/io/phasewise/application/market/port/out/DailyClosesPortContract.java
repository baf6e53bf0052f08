package io.phasewise.application.market.port.out;

import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Contract of the read of many assets' daily closes (fake and database); each test starts from an empty store. */
public abstract class DailyClosesPortContract {
  protected abstract SaveCandlesPort save();

  protected abstract LoadDailyClosesPort closes();

  /** Registers a fresh asset the candles can belong to. */
  protected abstract AssetId newAsset(String symbol);

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
