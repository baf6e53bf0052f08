package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.domain.indicator.IndicatorRegistry.Rejection;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.Failure.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The registry of indicators by name, the descriptors it holds and the arguments they read. */
class IndicatorRegistryTest {

  /** A researcher's indicator: the close times {@code factor}, warming up for {@code lag} bars. */
  private static IndicatorDescriptor scaled(String name) {
    return new IndicatorDescriptor(name, "the close scaled",
        List.of(IndicatorParameter.decimal("factor", "2", "multiplier"), IndicatorParameter.integer("lag", "0", "bars")
            .atLeast(0).atMost(5)),
        List.of("scaled"), args -> args.integer("lag"), (args, series, benchmark) -> {
          double[] out = series.closes();
          for (int i = 0; i < out.length; i++) out[i] = i < args.integer("lag") ? Double.NaN : out[i] * args.decimal("factor");
          return Map.of("scaled", out);
        });
  }

  @Test
  void theStandardRegistryHoldsTheBuiltInIndicatorsInCatalogueOrder() {
    assertThat(IndicatorRegistry.standard().descriptors()).extracting(IndicatorDescriptor::name).containsExactly(
        "sma", "ema", "wma", "rsi", "roc", "momentum", "macd", "bollinger", "stddev", "returns", "realized_volatility",
        "true_range", "atr", "adx", "stochastic", "obv", "vwap", "session_vwap", "volume_zscore", "correlation");
    assertThat(IndicatorRegistry.standard().find(" MACD ")).get().extracting(IndicatorDescriptor::outputs)
        .isEqualTo(List.of("macd", "signal", "histogram"));
    assertThat(IndicatorRegistry.standard().find("correlation").get().pair()).isTrue();
    assertThat(IndicatorRegistry.standard().find("rsi").get().pair()).isFalse();
    assertThat(IndicatorRegistry.standard().find("nope")).isEmpty();
    assertThat(IndicatorRegistry.standard().find(null)).isEmpty();
  }

  @Test
  void registeringAddsLastAndLeavesTheOriginalAsItWas() {
    IndicatorRegistry more = IndicatorRegistry.standard().register(scaled("scaled")).get();

    assertThat(more.descriptors()).hasSize(21).last().extracting(IndicatorDescriptor::name).isEqualTo("scaled");
    assertThat(more.find("Scaled")).isPresent();
    assertThat(IndicatorRegistry.standard().find("scaled")).isEmpty();
  }

  @Test
  void aTakenNameIsRefusedWithATypedRejection() {
    IndicatorRegistry more = IndicatorRegistry.standard().register(scaled("scaled")).get();

    assertThat(more.register(scaled("scaled")).getLeft()).isEqualTo(new Rejection.NameTaken("scaled"));
    assertThat(IndicatorRegistry.standard().register(scaled("sma")).getLeft().reason())
        .isEqualTo("an indicator named sma is already registered");
  }

  @Test
  void theKernelsColumnsComeInTheOrderOfTheOutputs() {
    IndicatorDescriptor macd = IndicatorRegistry.standard().find("macd").get();
    CandleSeries series = walk(80);
    IndicatorArguments args = IndicatorArguments.resolve(macd, Map.of("fast", "5"), 252).get();

    double[][] columns = macd.columns(args, series, null);

    Macd.Series expected = Macd.batch(series.closes(), 5, 26, 9);
    assertThat(columns).hasDimensions(3, series.size());
    assertThat(columns[0]).containsExactly(expected.macd());
    assertThat(columns[1]).containsExactly(expected.signal());
    assertThat(columns[2]).containsExactly(expected.histogram());
    assertThat(macd.warmUp().bars(args)).isEqualTo(Macd.warmUp(5, 26, 9));
  }

  @Test
  void aKernelGivingOtherColumnsThanItsOutputsIsAProgrammingError() {
    IndicatorDescriptor wrong = new IndicatorDescriptor("wrong", "gives another column", List.of(), List.of("a"),
        args -> 0, (args, series, benchmark) -> Map.of("b", series.closes()));
    IndicatorArguments none = IndicatorArguments.resolve(wrong, Map.of(), 252).get();

    assertThatThrownBy(() -> wrong.columns(none, walk(5), null)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wrong");
  }

  @Test
  void descriptorsNeedALowerCaseNameAndDistinctOutputsAndParameters() {
    assertThatThrownBy(() -> scaled("Has Space")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndicatorDescriptor("twice", "", List.of(), List.of("a", "a"), a -> 0,
        (a, s, b) -> Map.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IndicatorDescriptor("none", "", List.of(), List.of(), a -> 0, (a, s, b) -> Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    IndicatorParameter p = IndicatorParameter.integer("p", "1", "");
    assertThatThrownBy(() -> new IndicatorDescriptor("dup", "", List.of(p, p), List.of("a"), a -> 0, (a, s, b) -> Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.atLeast(3).atMost(2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void argumentsFillDefaultsAndCheckKindsAndBounds() {
    IndicatorDescriptor scaled = scaled("scaled");

    assertThat(IndicatorArguments.resolve(scaled, Map.of("lag", " 3 "), 252).get().values())
        .containsExactly(Map.entry("factor", "2"), Map.entry("lag", "3"));
    assertThat(errors(IndicatorArguments.resolve(scaled, Map.of("lag", "-1"), 252)))
        .containsExactly(new FieldError("lag", "lag must be >= 0: -1"));
    assertThat(errors(IndicatorArguments.resolve(scaled, Map.of("lag", "6"), 252)))
        .containsExactly(new FieldError("lag", "lag must be <= 5: 6"));
    assertThat(errors(IndicatorArguments.resolve(scaled, Map.of("factor", "x"), 252)))
        .containsExactly(new FieldError("factor", "must be a number: x"));
    assertThat(errors(IndicatorArguments.resolve(scaled, Map.of("period", "3"), 252)))
        .containsExactly(new FieldError("period", "unknown parameter: scaled takes factor, lag"));
    IndicatorDescriptor rsi = IndicatorRegistry.standard().find("rsi").get();
    assertThat(errors(IndicatorArguments.resolve(rsi, Map.of("period", "0"), 252)))
        .as("worded as the kernel words it").containsExactly(new FieldError("period", "period must be >= 1: 0"));
  }

  private static List<FieldError> errors(io.vavr.control.Either<Failure, IndicatorArguments> result) {
    return ((Failure.InvalidInput) result.getLeft()).errors();
  }

  private static CandleSeries walk(int n) {
    CandleSeries.Builder b = CandleSeries.builder(Interval.D1, n);
    for (int i = 0; i < n; i++) {
      double close = 100 + 5 * Math.sin(i / 4.0) + i * 0.1;
      b.add(i * Interval.D1.millis(), close, close + 1, close - 1, close, 1_000 + i);
    }
    return b.build();
  }
}
