package io.phasewise.application.market.service;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static io.phasewise.application.testing.MarketFixtures.d;
import static io.phasewise.application.testing.MarketFixtures.feed;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.RecordTicksCommand;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.Tick;
import io.phasewise.domain.shared.Failure;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sanity rules every imported bar and recorded tick meets: time window, number range, price sign, outliers. */
class ImportSanityTest {
  private static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(NOW, ZoneOffset.UTC));
  private final AssetId stock = register("STK", AssetType.STOCK);

  private AssetId register(String symbol, AssetType type) {
    return market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
  }

  private ImportReport importBars(AssetId asset, Candle... bars) {
    List<CandleRow> rows = new ArrayList<>();
    for (int i = 0; i < bars.length; i++) rows.add(new CandleRow.Good(i + 2, bars[i]));
    return market.useCases.importCandles().importCandles(new ImportCandlesCommand(asset, Interval.D1, feed(rows))).get();
  }

  private static Candle bar(Instant time, String open, String high, String low, String close) {
    return Candle.of(time, d(open), d(high), d(low), d(close), d("1000"), "feed");
  }

  private String onlyRejection(ImportReport report) {
    assertThat(report.stored()).isZero();
    assertThat(report.rejected()).hasSize(1);
    return report.rejected().get(0).reason();
  }

  @ParameterizedTest
  @ValueSource(strings = {"+12024-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1899-12-31T00:00:00Z", "2024-06-03T00:00:00Z"})
  void a_bar_outside_1900_to_now_plus_one_bar_is_rejected(String time) {
    String reason = onlyRejection(importBars(stock, candle(Instant.parse(time), "10", "feed")));

    assertThat(reason).startsWith("time " + Instant.parse(time)).containsAnyOf("is before 1900-01-01", "is in the future");
  }

  @Test
  void the_bar_still_running_is_accepted() {
    assertThat(importBars(stock, candle(Instant.parse("2024-06-01T00:00:00Z"), "10", "feed")).inserted()).isEqualTo(1);
    assertThat(importBars(stock, candle(Instant.parse("2024-06-02T00:00:00Z"), "10", "feed")).inserted()).isEqualTo(1);
  }

  @Test
  void a_zero_or_negative_price_is_rejected_for_a_stock_naming_the_type() {
    assertThat(onlyRejection(importBars(stock, bar(T0, "0", "1", "0", "1"))))
        .isEqualTo("low 0 is not positive: prices of a stock must be above 0");
    assertThat(onlyRejection(importBars(stock, bar(T0, "-2", "-1", "-3", "-1"))))
        .isEqualTo("low -3 is not positive: prices of a stock must be above 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ETF", "CRYPTO", "STABLECOIN", "FOREX", "INDEX"})
  void every_priced_type_refuses_a_zero_price(AssetType type) {
    AssetId asset = register("X" + type.ordinal(), type);

    assertThat(onlyRejection(importBars(asset, bar(T0, "0", "0", "0", "0")))).contains("is not positive");
  }

  @Test
  void a_macro_series_may_be_zero_or_negative() {
    AssetId yields = register("YLD", AssetType.MACRO);

    ImportReport report = importBars(yields, bar(T0, "-0.5", "0", "-0.75", "0"), bar(T0.plus(Duration.ofDays(1)), "0", "0", "0", "0"));

    assertThat(report.inserted()).isEqualTo(2);
    assertThat(report.rejected()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e200", "1E131072", "1E20000000", "1000000000000000000", "1E-20000000"})
  void an_absurd_number_is_rejected_not_stored_as_something_else(String price) {
    BigDecimal p = new BigDecimal(price);

    String reason = onlyRejection(importBars(stock, Candle.of(T0, p, p, p, p, d("1"), "feed")));

    assertThat(reason).startsWith("open must").containsAnyOf("less than 1E18", "at most 18 digits");
  }

  @Test
  void a_source_with_a_nul_character_is_rejected() {
    assertThat(onlyRejection(importBars(stock, candle(T0, "10", "fe\u0000ed"))))
        .isEqualTo("source must not contain control characters (U+0000 at position 3)");
  }

  @Test
  void a_bar_moving_far_beyond_the_recent_volatility_is_stored_and_flagged() {
    List<Candle> bars = new ArrayList<>();
    for (int i = 0; i < 30; i++) bars.add(candle(T0.plus(Duration.ofDays(i)), i % 2 == 0 ? "100" : "101", "feed"));
    bars.add(candle(T0.plus(Duration.ofDays(30)), "150", "feed"));
    bars.add(candle(T0.plus(Duration.ofDays(31)), "151", "feed"));

    ImportReport report = importBars(stock, bars.toArray(Candle[]::new));

    assertThat(report.inserted()).isEqualTo(32);
    assertThat(report.outliers()).singleElement().satisfies(o -> {
      assertThat(o.line()).isEqualTo(32);
      assertThat(o.time()).isEqualTo(T0.plus(Duration.ofDays(30)));
      assertThat(o.reason()).startsWith("close moved +48.5% from 101 to 150,").endsWith("(outlier beyond 10 times)");
    });
  }

  @Test
  void ticks_outside_the_window_or_the_ranges_are_refused_naming_each() {
    Tick future = Tick.trade(Instant.parse("+999999999-01-01T00:00:00Z"), d("10"), d("1"), "feed");
    Tick huge = Tick.trade(NOW, d("1e200"), d("1"), "feed");
    Tick nul = Tick.trade(NOW.minusSeconds(1), d("10"), d("1"), "a\u0000b");
    Tick fine = Tick.trade(NOW.minusSeconds(2), d("10"), d("1"), "feed");

    var result = market.useCases.recordTicks().record(new RecordTicksCommand(stock, List.of(fine, future, huge, nul)));

    assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.InvalidInput.class, invalid ->
        assertThat(invalid.errors()).extracting(Failure.FieldError::field).containsExactly("ticks[1]", "ticks[2]", "ticks[3]"));
    assertThat(market.useCases.recordTicks().record(new RecordTicksCommand(stock, List.of(fine))).isRight()).isTrue();
  }
}
