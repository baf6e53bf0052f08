package io.phasewise.application.market.service;

import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.application.testing.MarketFixtures.feed;
import static io.phasewise.application.testing.MarketFixtures.good;
import static io.phasewise.application.testing.MarketFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.MarketUseCases;
import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.application.market.port.in.DailyClosesQuery;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RecordTicksCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.out.LoadDailyClosesPort;
import io.phasewise.application.testing.InMemoryCandleStore;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-process cache of daily closes: hits, and every way a daily candle can change in the process making it read again. */
class DailyClosesCacheTest {
  private static final Instant DAY0 = Instant.parse("2024-01-01T00:00:00Z");

  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(Instant.parse("2024-03-01T10:00:00Z"), ZoneOffset.UTC));
  private final MarketUseCases use = market.useCases;
  private final AssetId stock = register("CACHE");

  private AssetId register(String symbol) {
    return use.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK))).get().id();
  }

  private void importDaily(AssetId asset, Candle... bars) {
    use.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, feed(good(List.of(bars))))).get();
  }

  private static Candle day(int n, String close) {
    return candle(DAY0.plusSeconds(86_400L * n), close, "test");
  }

  private DailyCloses closes(AssetId asset) {
    return use.queryDailyCloses().dailyCloses(DailyClosesQuery.whole(Set.of(asset))).getOrDefault(asset, DailyCloses.NONE);
  }

  private int reads() {
    return market.candles.dailyClosesReads();
  }

  @Test
  void a_second_read_is_served_from_the_cache_and_a_period_is_cut_from_it() {
    importDaily(stock, day(0, "10"), day(1, "11"), day(2, "12"));
    closes(stock);
    int before = reads();

    DailyCloses again = closes(stock);
    DailyCloses period = use.queryDailyCloses().dailyCloses(new DailyClosesQuery(Set.of(stock), LocalDate.parse("2024-01-03"), null))
        .get(stock);

    assertThat(reads()).isEqualTo(before);
    assertThat(again.size()).isEqualTo(3);
    assertThat(period.size()).as("the day and the one before it").isEqualTo(2);
    assertThat(period.close(0)).isEqualByComparingTo("11");
  }

  @Test
  void every_period_cut_from_the_cache_is_what_the_store_reads_for_it() {
    importDaily(stock, day(0, "10"), day(1, "11"), day(3, "13"), day(4, "14"));
    AssetId bare = register("BARE");
    List<LocalDate> bounds = new ArrayList<>();
    bounds.add(null);
    for (int d = -1; d <= 5; d++) bounds.add(LocalDate.parse("2024-01-01").plusDays(d));

    for (LocalDate from : bounds) {
      for (LocalDate to : bounds) {
        if (from != null && to != null && from.isAfter(to)) continue;
        Map<AssetId, DailyCloses> cut = use.queryDailyCloses().dailyCloses(new DailyClosesQuery(Set.of(stock, bare), from, to));
        Map<AssetId, DailyCloses> read = market.candles.dailyCloses(Set.of(stock, bare), from, to);
        assertThat(cut.keySet()).as(from + ".." + to).isEqualTo(read.keySet());
        if (read.containsKey(stock)) assertThat(cut.get(stock).toString()).as(from + ".." + to).isEqualTo(read.get(stock).toString());
      }
    }
  }

  @Test
  void an_import_of_daily_candles_is_seen_by_the_next_read() {
    importDaily(stock, day(0, "10"));
    assertThat(closes(stock).size()).isEqualTo(1);

    importDaily(stock, day(0, "10.5"), day(1, "11"));

    DailyCloses now = closes(stock);
    assertThat(now.size()).isEqualTo(2);
    assertThat(now.close(0)).isEqualByComparingTo("10.5");
  }

  @Test
  void a_split_adjustment_stored_on_an_existing_day_is_seen_by_the_next_read() {
    importDaily(stock, day(0, "10"), day(1, "11"));
    assertThat(closes(stock).isSplit(1)).isFalse();
    Candle c = day(1, "5.5");

    importDaily(stock, new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(), null, null, new java.math.BigDecimal("2"),
        c.source()));

    assertThat(closes(stock).isSplit(1)).isTrue();
    assertThat(closes(stock).close(1)).isEqualByComparingTo("5.5");
  }

  @Test
  void deleting_the_asset_drops_its_closes() {
    importDaily(stock, day(0, "10"));
    assertThat(closes(stock).size()).isEqualTo(1);

    use.deleteAsset().delete(stock).get();

    assertThat(closes(stock).size()).isZero();
  }

  @Test
  void ticks_write_minute_bars_only_and_leave_the_cached_daily_closes_as_the_store_has_them() {
    importDaily(stock, day(0, "10"));
    closes(stock);
    int before = reads();

    assertThat(use.recordTicks().record(new RecordTicksCommand(stock, List.of(trade(DAY0.plusSeconds(86_400L * 5 + 60), "99", "1"))))
        .get().candlesWritten()).isPositive();

    assertThat(closes(stock).size()).isEqualTo(1);
    assertThat(reads()).as("no daily bar changed: still cached").isEqualTo(before);
    assertThat(market.candles.dailyCloses(Set.of(stock), null, null).get(stock).size()).as("the store agrees").isEqualTo(1);
  }

  @Test
  void a_daily_write_through_the_invalidating_port_drops_the_asset_and_a_minute_write_does_not() {
    InMemoryCandleStore store = new InMemoryCandleStore();
    DailyClosesCache cache = new DailyClosesCache(store, 1_000);
    store.saveAll(stock, Interval.D1, List.of(day(0, "10")));
    cache.dailyCloses(Set.of(stock), null, null);

    cache.invalidating(store).saveAll(stock, Interval.M1, List.of(day(3, "30")));
    assertThat(cache.size()).isEqualTo(1);
    cache.invalidating(store).saveAll(stock, Interval.D1, List.of(day(1, "11")));
    assertThat(cache.size()).isZero();
    assertThat(cache.dailyCloses(Set.of(stock), null, null).get(stock).size()).isEqualTo(2);
  }

  @Test
  void a_read_that_an_invalidation_overtook_is_not_kept() {
    InMemoryCandleStore store = new InMemoryCandleStore();
    store.saveAll(stock, Interval.D1, List.of(day(0, "10")));
    DailyClosesCache[] cache = new DailyClosesCache[1];
    LoadDailyClosesPort racing = (assets, from, to) -> {
      Map<AssetId, DailyCloses> read = store.dailyCloses(assets, from, to);
      cache[0].invalidate(stock); // a write of the asset happened while the read ran
      return read;
    };
    cache[0] = new DailyClosesCache(racing, 1_000);

    assertThat(cache[0].dailyCloses(Set.of(stock), null, null)).containsKey(stock);
    assertThat(cache[0].size()).isZero();
  }

  @Test
  void the_least_recently_used_assets_go_first_once_the_bars_pass_the_capacity() {
    InMemoryCandleStore store = new InMemoryCandleStore();
    DailyClosesCache cache = new DailyClosesCache(store, 5);
    AssetId a = register("A");
    AssetId b = register("B");
    AssetId c = register("C");
    List<Candle> two = new ArrayList<>(List.of(day(0, "1"), day(1, "2")));
    for (AssetId asset : List.of(a, b, c)) store.saveAll(asset, Interval.D1, two);
    cache.dailyCloses(Set.of(a), null, null);
    cache.dailyCloses(Set.of(b), null, null);
    cache.dailyCloses(Set.of(a), null, null);
    int before = store.dailyClosesReads();

    cache.dailyCloses(Set.of(c), null, null);
    cache.dailyCloses(Set.of(a), null, null);
    assertThat(store.dailyClosesReads()).as("c read, a still cached").isEqualTo(before + 1);
    cache.dailyCloses(Set.of(b), null, null);
    assertThat(store.dailyClosesReads()).as("b was dropped").isEqualTo(before + 2);
  }
}
