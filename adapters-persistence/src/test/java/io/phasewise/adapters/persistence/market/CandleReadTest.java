package io.phasewise.adapters.persistence.market;

import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.domain.market.Interval.D1;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reads beyond the port contract: corporate actions across sources, the latest bar of many assets. */
class CandleReadTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2100-01-01T00:00:00Z");

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  private static SaveCandlesPort save() {
    return DB.persistence().ports(MarketPersistence.MODULE).saveCandles();
  }

  private static LoadCandlesPort load() {
    return DB.persistence().ports(MarketPersistence.MODULE).loadCandles();
  }

  private static Instant day(int n) {
    return T0.plusSeconds(86_400L * n);
  }

  private static Candle withActions(Candle c, String dividend, String split) {
    return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(), null, new BigDecimal(dividend),
        new BigDecimal(split), c.source());
  }

  @Test
  void each_source_has_its_own_actions_and_previous_closes_and_the_first_source_by_name_speaks_for_all() {
    AssetId asset = DB.newAsset("ACTS");
    save().saveAll(asset, D1, List.of(candle(day(0), "50", "beta"), withActions(candle(day(1), "60", "beta"), "1", "1"),
        candle(day(2), "70", "beta"), withActions(candle(day(3), "80", "beta"), "0", "3")));
    save().saveAll(asset, D1, List.of(candle(day(0), "20", "alpha"), candle(day(1), "21", "alpha"),
        withActions(candle(day(2), "22", "alpha"), "2", "0.5")));

    assertThat(load().corporateActionsAfter(asset, D1, day(0), "beta")).containsExactly(
        new CorporateAction.Dividend(day(1), 1, 50), new CorporateAction.Split(day(3), 3));
    assertThat(load().corporateActionsAfter(asset, D1, day(0), "alpha")).containsExactly(
        new CorporateAction.Split(day(2), 0.5), new CorporateAction.Dividend(day(2), 2, 21));
    assertThat(load().corporateActionsAfter(asset, D1, day(0), null)).containsExactly(
        new CorporateAction.Split(day(2), 0.5), new CorporateAction.Dividend(day(2), 2, 21),
        new CorporateAction.Split(day(3), 3));
  }

  @Test
  void actions_with_no_bar_before_them_or_a_dividend_above_the_previous_close_are_left_out() {
    AssetId asset = DB.newAsset("EDGE");
    save().saveAll(asset, D1, List.of(withActions(candle(day(0), "10", "feed"), "1", "2"),
        withActions(candle(day(1), "12", "feed"), "15", "1"), withActions(candle(day(2), "14", "feed"), "0.5", "1")));

    assertThat(load().corporateActionsAfter(asset, D1, day(0).minusSeconds(1), null))
        .containsExactly(new CorporateAction.Dividend(day(2), 0.5, 12));
  }

  @Test
  void latest_reads_the_last_bar_of_many_assets_taking_the_first_source_by_name() {
    List<AssetId> assets = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      AssetId asset = DB.newAsset("L" + i);
      assets.add(asset);
      if (i % 4 == 3) continue;
      List<Candle> candles = new ArrayList<>();
      for (int d = 0; d <= i; d++) candles.add(candle(day(d), Integer.toString(100 + d), "zeta"));
      candles.add(candle(day(i), "7", "Zeta"));
      save().saveAll(asset, D1, candles);
      save().saveAll(asset, Interval.H1, List.of(candle(day(i + 5), "1", "zeta")));
    }

    Map<AssetId, Candle> latest = load().latest(assets, D1);

    assertThat(latest).hasSize(30);
    for (int i = 0; i < 40; i++) {
      if (i % 4 == 3) {
        assertThat(latest).doesNotContainKey(assets.get(i));
      } else {
        assertThat(latest.get(assets.get(i)).time()).isEqualTo(day(i));
        assertThat(latest.get(assets.get(i)).source()).isEqualTo("Zeta");
      }
    }
    assertThat(load().latest(List.of(), D1)).isEmpty();
  }

  @Test
  void sources_order_by_code_point_as_java_strings_do() {
    AssetId asset = DB.newAsset("ORDER");
    save().saveAll(asset, D1, List.of(candle(day(0), "1", "b-feed"), candle(day(0), "2", "B_feed"),
        candle(day(0), "3", "bfeed")));

    assertThat(load().load(asset, D1, T0, END, null, 0, 10)).extracting(Candle::source).containsExactly("B_feed");
    assertThat(load().loadSeries(asset, D1, T0, END, null).closes()).containsExactly(2);
  }
}
