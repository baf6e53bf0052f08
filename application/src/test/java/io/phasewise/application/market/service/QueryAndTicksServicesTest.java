package io.phasewise.application.market.service;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.application.testing.MarketFixtures.d;
import static io.phasewise.application.testing.MarketFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.port.in.CandleQuery;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RecordTicksCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryAndTicksServicesTest {
  private static final Instant FAR = T0.plusSeconds(86_400L * 365);
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC));
  private final AssetId asset =
      market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of("QRY", "Query", AssetType.STOCK))).get().id();

  private CandleQuery query(boolean adjusted, Instant from) {
    return new CandleQuery(asset, Interval.D1, from, FAR, adjusted, null, PageRequest.first(100));
  }

  /** A provider-adjusted bar: adjusted close = close × factor. */
  private static Candle yahooBar(int day, String close, String adjClose) {
    Candle c = candle(T0.plusSeconds(86_400L * day), close, "yahoo-csv");
    return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(),
        new Candle.Adjusted(d(adjClose), d(adjClose), d(adjClose), d(adjClose), null), null, null, c.source());
  }

  @Test
  void a_dividend_implied_by_adjusted_closes_is_inferred_on_import_and_adjusted_reads_rebuild_it() {
    List<Candle> bars = List.of(yahooBar(0, "100", "98"), yahooBar(1, "100", "98"), yahooBar(2, "98", "98"), yahooBar(3, "99", "99"));
    market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, CandleFeed.of("y.csv", bars)));

    List<Candle> raw = market.useCases.queryCandles().candles(query(false, T0)).get().items();
    List<Candle> adjusted = market.useCases.queryCandles().candles(query(true, T0)).get().items();
    List<Candle> adjustedTail = market.useCases.queryCandles().candles(query(true, T0.plusSeconds(86_400))).get().items();

    assertThat(raw.get(2).dividendCash().doubleValue()).isCloseTo(2.0, within(1e-9));
    assertThat(adjusted.get(0).close().doubleValue()).isCloseTo(98.0, within(1e-9));
    assertThat(adjusted.get(3).close()).isEqualByComparingTo("99");
    assertThat(adjustedTail.get(0).close()).isEqualByComparingTo(adjusted.get(1).close());
    assertThat(market.useCases.queryCandles().series(query(true, T0)).get().close(0)).isCloseTo(98.0, within(1e-9));
  }

  @Test
  void querying_an_unknown_asset_is_not_found() {
    var q = new CandleQuery(new AssetId(77), Interval.D1, T0, FAR, false, null, PageRequest.first(10));

    assertThat(market.useCases.queryCandles().candles(q).getLeft()).isInstanceOf(Failure.NotFound.class);
    assertThat(market.useCases.queryCandles().series(q).getLeft()).isInstanceOf(Failure.NotFound.class);
  }

  @Test
  void ticks_build_the_minute_candles_they_touch_and_a_replay_changes_nothing() {
    var ticks = List.of(trade(T0.plusSeconds(5), "10", "1"), trade(T0.plusSeconds(30), "12", "2"),
        trade(T0.plusSeconds(59), "11", "1"), trade(T0.plusSeconds(61), "13", "4"));

    var first = market.useCases.recordTicks().record(new RecordTicksCommand(asset, ticks)).get();
    var late = market.useCases.recordTicks().record(new RecordTicksCommand(asset, List.of(trade(T0.plusSeconds(50), "9", "3")))).get();
    var replay = market.useCases.recordTicks().record(new RecordTicksCommand(asset, ticks)).get();

    assertThat(first.inserted()).isEqualTo(4);
    assertThat(first.candlesWritten()).isEqualTo(2);
    assertThat(late.candlesWritten()).isEqualTo(1);
    assertThat(replay.unchanged()).isEqualTo(4);
    assertThat(replay.candlesWritten()).isZero();
    Candle minute = market.candles.load(asset, Interval.M1, T0, FAR, null, 0, 10).get(0);
    assertThat(List.of(minute.open(), minute.high(), minute.low(), minute.close(), minute.volume()))
        .usingElementComparator(java.math.BigDecimal::compareTo).containsExactly(d("10"), d("12"), d("9"), d("11"), d("7"));
  }

  @Test
  void two_ticks_with_the_same_time_and_source_are_invalid_input() {
    var dup = List.of(trade(T0, "10", "1"), trade(T0, "11", "1"));

    assertThat(market.useCases.recordTicks().record(new RecordTicksCommand(asset, dup)).getLeft().message()).contains("ticks[1]", "ticks[0]");
  }
}
