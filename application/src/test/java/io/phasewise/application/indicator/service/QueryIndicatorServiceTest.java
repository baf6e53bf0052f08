package io.phasewise.application.indicator.service;

import static io.phasewise.application.testing.MarketFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.indicator.port.in.IndicatorDescription;
import io.phasewise.application.indicator.port.in.IndicatorQuery;
import io.phasewise.application.indicator.port.in.IndicatorSeries;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.domain.indicator.RollingCorrelation;
import io.phasewise.domain.indicator.Rsi;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.Failure.FieldError;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

class QueryIndicatorServiceTest {
  private static final long DAY = 86_400L;
  private final InMemoryMarket market = new InMemoryMarket(Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));
  private final AssetId stock = withBars("STK", AssetType.STOCK, 0, 300, 1.0);
  private final AssetId coin = withBars("CON", AssetType.CRYPTO, 1, 300, 1.7);

  private AssetId withBars(String symbol, AssetType type, int skipEvery, int n, double wiggle) {
    AssetId id = market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, type))).get().id();
    List<Candle> bars = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (skipEvery > 0 && i % 7 == skipEvery) continue;
      BigDecimal close = BigDecimal.valueOf(100 + 10 * Math.sin(i * wiggle / 10) + i * 0.05);
      bars.add(Candle.of(T0.plusSeconds(DAY * i), close, close.add(BigDecimal.ONE), close.subtract(BigDecimal.ONE), close,
          BigDecimal.valueOf(1_000 + i), "feed"));
    }
    market.candles.saveAll(id, Interval.D1, bars);
    return id;
  }

  private Either<Failure, IndicatorSeries> compute(AssetId asset, String name, Map<String, String> parameters, int fromDay) {
    return market.indicators.query().compute(new IndicatorQuery(asset, Interval.D1, name, parameters, T0.plusSeconds(DAY * fromDay),
        T0.plusSeconds(DAY * 300), false));
  }

  @Test
  void a_range_holds_the_values_of_a_computation_over_the_whole_history() {
    IndicatorSeries rsi = compute(stock, "rsi", Map.of("period", "10"), 200).get();
    double[] closes = closes(stock, day -> true);

    assertThat(rsi.parameters()).containsExactly(Map.entry("period", "10"));
    assertThat(rsi.warmUp()).isEqualTo(10);
    assertThat(rsi.outputs()).containsExactly("rsi");
    assertThat(rsi.size()).isEqualTo(100);
    assertThat(rsi.barTime(0)).isEqualTo(T0.plusSeconds(DAY * 200));
    assertThat(rsi.columns()[0]).containsExactly(Arrays.copyOfRange(Rsi.batch(closes, 10), 200, 300));
  }

  @Test
  void defaults_fill_in_and_multi_output_indicators_give_one_column_each() {
    IndicatorSeries macd = compute(stock, "MACD", Map.of(), 0).get();
    assertThat(macd.parameters()).containsEntry("fast", "12").containsEntry("slow", "26").containsEntry("signal", "9");
    assertThat(macd.outputs()).containsExactly("macd", "signal", "histogram");
    assertThat(macd.columns()[2][33]).isEqualTo(macd.columns()[0][33] - macd.columns()[1][33]);
    assertThat(macd.columns()[0][32]).isNaN();
  }

  @Test
  void annualisation_defaults_to_the_assets_calendar() {
    assertThat(compute(stock, "realized_volatility", Map.of(), 0).get().parameters()).containsEntry("periods_per_year", "252.0");
    assertThat(compute(coin, "realized_volatility", Map.of(), 0).get().parameters()).containsEntry("periods_per_year", "365.0");
    assertThat(compute(coin, "realized_volatility", Map.of("periods_per_year", "52"), 0).get().parameters())
        .containsEntry("periods_per_year", "52");
  }

  @Test
  void a_pair_indicator_runs_on_the_bars_both_assets_have() {
    IndicatorSeries pair = compute(coin, "correlation", Map.of("benchmark", stock.toString(), "window", "15"), 0).get();
    double[] a = closes(coin, day -> true);
    double[] b = closes(stock, day -> day % 7 != 1);

    assertThat(pair.size()).isEqualTo(a.length);
    assertThat(pair.columns()[1]).containsExactly(RollingCorrelation.batch(a, b, 15).beta());
  }

  @Test
  void bad_requests_name_what_is_wrong() {
    assertThat(compute(stock, "nope", Map.of(), 0).getLeft()).isEqualTo(new Failure.NotFound("indicator", "nope"));
    assertThat(compute(new AssetId(99), "rsi", Map.of(), 0).getLeft()).isEqualTo(new Failure.NotFound("asset", "99"));
    assertThat(errors(compute(stock, "rsi", Map.of("length", "14"), 0)))
        .containsExactly(new FieldError("length", "unknown parameter: rsi takes period"));
    assertThat(errors(compute(stock, "rsi", Map.of("period", "fourteen"), 0)))
        .containsExactly(new FieldError("period", "must be a whole number: fourteen"));
    assertThat(errors(compute(stock, "rsi", Map.of("period", "0"), 0))).singleElement()
        .satisfies(e -> assertThat(e.field()).isEqualTo("period"))
        .satisfies(e -> assertThat(e.problem()).contains("period", "0"));
    assertThat(errors(compute(stock, "macd", Map.of("fast", "30"), 0))).singleElement()
        .satisfies(e -> assertThat(e.problem()).contains("slow period must exceed fast period 30"));
    assertThat(errors(compute(stock, "returns", Map.of("kind", "weird"), 0)))
        .containsExactly(new FieldError("kind", "must be one of [simple, log]: weird"));
    assertThat(errors(compute(stock, "correlation", Map.of(), 0))).containsExactly(new FieldError("benchmark", "is required"));
    assertThat(compute(stock, "correlation", Map.of("benchmark", "12345"), 0).getLeft())
        .isEqualTo(new Failure.NotFound("asset", "12345"));
  }

  @Test
  void the_catalog_describes_every_indicator_of_the_engine() {
    assertThat(market.indicators.query().catalog()).extracting(IndicatorDescription::name).containsExactly(
        "sma", "ema", "wma", "rsi", "roc", "momentum", "macd", "bollinger", "stddev", "returns", "realized_volatility",
        "true_range", "atr", "adx", "stochastic", "obv", "vwap", "session_vwap", "volume_zscore", "correlation");
    for (IndicatorDescription d : market.indicators.query().catalog()) {
      var result = compute(coin, d.name(), d.name().equals("correlation") ? Map.of("benchmark", stock.toString()) : Map.of(), 0);
      assertThat(result.isRight()).as(d.name() + ": " + result).isTrue();
    }
  }

  /** Closes of the asset's stored bars on the days (counted from T0) that {@code keep} accepts. */
  private double[] closes(AssetId asset, LongPredicate keep) {
    return market.candles.load(asset, Interval.D1, T0, T0.plusSeconds(DAY * 300), null, 0, 1_000).stream()
        .filter(c -> keep.test((c.time().getEpochSecond() - T0.getEpochSecond()) / DAY))
        .mapToDouble(c -> c.close().doubleValue()).toArray();
  }

  private static List<FieldError> errors(Either<Failure, IndicatorSeries> result) {
    return ((Failure.InvalidInput) result.getLeft()).errors();
  }
}
