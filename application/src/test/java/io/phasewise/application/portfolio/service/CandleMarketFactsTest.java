package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.EUR;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.d;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.RecordedPrice;
import io.phasewise.domain.portfolio.SplitRatio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The candle store seen as a ledger's market facts: splits as rationals, closes on or before a day, rates both ways, recorded prices. */
class CandleMarketFactsTest {
  private final PortfolioTestBed bed = new PortfolioTestBed();

  private static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  private static Candle split(String date, String close, String factor) {
    Candle c = candle(day(date), close, "test");
    return new Candle(c.time(), c.open(), c.high(), c.low(), c.close(), c.volume(), null, null, d(factor), "test");
  }

  private CandleMarketFacts facts(List<RecordedPrice> recorded) {
    return new CandleMarketFacts(bed.market.useCases.findAsset(), bed.market.useCases.queryDailyCloses(), recorded);
  }

  @ParameterizedTest(name = "{0} -> {1}/{2}")
  @CsvSource({"2, 2, 1", "0.1, 1, 10", "1.5, 3, 2", "10, 10, 1", "0.3, 3, 10", "1.25, 5, 4", "0.333333, 1, 3", "0.6666667, 2, 3",
      "0.3333, 3333, 10000", "0.123456789, 123456789, 1000000000"})
  void a_stored_split_factor_becomes_the_small_rational_it_stands_for(String factor, long newShares, long oldShares) {
    SplitRatio ratio = SplitFactors.ratio(LocalDate.parse("2024-02-01"), new BigDecimal(factor));

    assertThat(ratio.newShares()).isEqualTo(BigInteger.valueOf(newShares));
    assertThat(ratio.oldShares()).isEqualTo(BigInteger.valueOf(oldShares));
  }

  @Test
  void splits_come_from_the_daily_candles_oldest_first_and_closes_are_the_last_on_or_before_a_day() {
    AssetId stock = bed.asset("SPLT", AssetType.STOCK, "USD");
    bed.dailyCandles(stock, List.of(candle(day("2024-01-02"), "100", "test"), split("2024-02-01", "50", "2"),
        split("2024-03-01", "500", "0.1"), candle(day("2024-03-04"), "510", "test")));
    Instrument instrument = new Instrument.Tracked(stock, USD);

    CandleMarketFacts facts = facts(List.of());

    assertThat(facts.splits(instrument)).containsExactly(
        new SplitRatio(LocalDate.parse("2024-02-01"), BigInteger.TWO, BigInteger.ONE),
        new SplitRatio(LocalDate.parse("2024-03-01"), BigInteger.ONE, BigInteger.TEN));
    assertThat(facts.price(instrument, LocalDate.parse("2024-03-03"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("500"));
    assertThat(facts.price(instrument, LocalDate.parse("2024-03-04"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("510"));
    assertThat(facts.price(instrument, LocalDate.parse("2024-01-01"))).isEmpty();
  }

  @Test
  void an_assets_history_is_read_once_per_facts_object_in_pages_of_any_length() {
    AssetId stock = bed.asset("LONG", AssetType.STOCK, "USD");
    List<Candle> bars = new ArrayList<>();
    for (int i = 0; i < 10_050; i++) bars.add(candle(day("1990-01-01").plusSeconds(86_400L * i), Integer.toString(100 + i % 7), "test"));
    bed.dailyCandles(stock, bars);
    CandleMarketFacts facts = facts(List.of());
    Instrument instrument = new Instrument.Tracked(stock, USD);

    assertThat(facts.price(instrument, LocalDate.parse("2100-01-01"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo(
        Integer.toString(100 + 10_049 % 7)));
    bed.market.assets.delete(stock);
    assertThat(facts.price(instrument, LocalDate.parse("1990-01-01"))).as("kept, not read again")
        .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("100"));
  }

  @Test
  void a_rate_comes_from_the_pair_as_quoted_or_inverted_from_the_reverse_pair_and_a_missing_rate_is_empty() {
    AssetId eurusd = bed.asset("EURUSD=X", AssetType.FOREX, "USD");
    bed.dailyCandles(eurusd, List.of(candle(day("2024-01-02"), "1.25", "test")));
    CurrencyCode gbp = CurrencyCode.of("GBP");

    CandleMarketFacts facts = facts(List.of());

    assertThat(facts.fxRate(EUR, USD, LocalDate.parse("2024-01-05"))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.25"));
    assertThat(facts.fxRate(USD, EUR, LocalDate.parse("2024-01-05"))).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.8"));
    assertThat(facts.fxRate(USD, USD, LocalDate.parse("2024-01-05"))).hasValue(BigDecimal.ONE);
    assertThat(facts.fxRate(EUR, USD, LocalDate.parse("2024-01-01"))).as("before the first rate").isEmpty();
    assertThat(facts.fxRate(gbp, USD, LocalDate.parse("2024-01-05"))).isEmpty();
  }

  @Test
  void an_external_instrument_is_priced_from_the_last_recorded_price_on_or_before_the_day_and_never_splits() {
    Instrument.External flat = new Instrument.External("FLAT 1", EUR);
    CandleMarketFacts facts = facts(List.of(new RecordedPrice(flat, LocalDate.parse("2024-01-01"), d("250000")),
        new RecordedPrice(flat, LocalDate.parse("2024-07-01"), d("260000"))));

    assertThat(facts.price(flat, LocalDate.parse("2024-06-30"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("250000"));
    assertThat(facts.price(flat, LocalDate.parse("2025-01-01"))).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("260000"));
    assertThat(facts.price(flat, LocalDate.parse("2023-12-31"))).isEmpty();
    assertThat(facts.price(new Instrument.External("OTHER", EUR), LocalDate.parse("2025-01-01"))).isEmpty();
    assertThat(facts.splits(flat)).isEmpty();
  }
}
