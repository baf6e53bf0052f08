package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.EUR;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.d;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.portfolio.performance.MarketFactsGrid;
import io.phasewise.domain.portfolio.performance.PriceGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The candle store as whole forward-filled columns: the same closes, splits, rates and recorded prices as the day-by-day market facts. */
class CandlePriceGridTest {
  private static final LocalDate FIRST = LocalDate.parse("2023-12-30");
  private static final int DAYS = 12;

  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final CurrencyCode gbp = CurrencyCode.of("GBP");

  private static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  private static Candle split(String date, String close, String factor) {
    Candle c = candle(day(date), close, "test");
    return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(), null, null, d(factor), "test");
  }

  @Test
  void every_column_equals_the_one_the_market_facts_give_day_by_day() {
    AssetId stock = bed.asset("GRID", AssetType.STOCK, "USD");
    bed.dailyCandles(stock, List.of(candle(day("2024-01-02"), "100", "test"), candle(day("2024-01-04"), "104", "test"),
        split("2024-01-05", "52", "2"), candle(day("2024-01-09"), "55", "test")));
    AssetId eurusd = bed.asset("EURUSD=X", AssetType.FOREX, "USD");
    bed.dailyCandles(eurusd, List.of(candle(day("2024-01-03"), "1.25", "test"), candle(day("2024-01-08"), "1.10", "test")));
    AssetId usdeur = bed.asset("USDEUR=X", AssetType.FOREX, "EUR");
    bed.dailyCandles(usdeur, List.of(candle(day("2023-12-31"), "0.9", "test")));
    AssetId gbpusd = bed.asset("GBPUSD=X", AssetType.FOREX, "USD");
    bed.dailyCandles(gbpusd, List.of(candle(day("2024-01-01"), "1.28", "test")));
    Instrument.External flat = new Instrument.External("FLAT 1", EUR);
    List<RecordedPrice> recorded = List.of(new RecordedPrice(flat, LocalDate.parse("2024-01-01"), d("250000")),
        new RecordedPrice(flat, LocalDate.parse("2024-01-07"), d("260000")));

    PriceGrid grid = new CandlePriceGrid(bed.market.useCases.findAsset(), bed.market.useCases.queryDailyCloses(), recorded);
    PriceGrid dayByDay = new MarketFactsGrid(new CandleMarketFacts(bed.market.useCases.findAsset(), bed.market.useCases.queryDailyCloses(), recorded));

    for (Instrument i : List.of(new Instrument.Tracked(stock, USD), flat, new Instrument.External("NONE", USD))) {
      assertThat(grid.closes(i, FIRST, DAYS)).as("%s", i).containsExactly(dayByDay.closes(i, FIRST, DAYS), within(1e-12));
      assertThat(grid.splits(i)).isEqualTo(dayByDay.splits(i));
    }
    for (CurrencyCode[] pair : new CurrencyCode[][] {{USD, EUR}, {EUR, USD}, {gbp, USD}, {USD, gbp}, {gbp, EUR}, {EUR, EUR}}) {
      assertThat(grid.toBase(pair[0], pair[1], FIRST, DAYS)).as("%s in %s", pair[0], pair[1])
          .containsExactly(dayByDay.toBase(pair[0], pair[1], FIRST, DAYS), within(1e-12));
    }
  }

  @Test
  void a_close_is_carried_forward_in_that_days_units_and_the_days_before_the_first_are_nan() {
    AssetId stock = bed.asset("FILL", AssetType.STOCK, "USD");
    bed.dailyCandles(stock, List.of(candle(day("2024-01-01"), "10", "test"), split("2024-01-03", "6", "2"), candle(day("2024-01-10"), "7", "test")));
    PriceGrid grid = new CandlePriceGrid(bed.market.useCases.findAsset(), bed.market.useCases.queryDailyCloses(), List.of());

    double[] closes = grid.closes(new Instrument.Tracked(stock, USD), FIRST, 5);

    assertThat(closes).containsExactly(Double.NaN, Double.NaN, 10, 10, 6);
    assertThat(grid.toBase(USD, EUR, FIRST, 3)).as("no pair either way").containsExactly(Double.NaN, Double.NaN, Double.NaN);
  }
}
