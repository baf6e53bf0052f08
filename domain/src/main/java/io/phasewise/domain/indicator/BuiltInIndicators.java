package io.phasewise.domain.indicator;

import static io.phasewise.domain.indicator.IndicatorParameter.asset;
import static io.phasewise.domain.indicator.IndicatorParameter.choice;
import static io.phasewise.domain.indicator.IndicatorParameter.decimal;
import static io.phasewise.domain.indicator.IndicatorParameter.integer;

import io.phasewise.domain.indicator.IndicatorDescriptor.Kernel;
import io.phasewise.domain.indicator.IndicatorDescriptor.WarmUp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The descriptors of the indicator kernels of this package, in catalogue order. Bounds are declared
 * where a kernel's own check words its refusal the same way; checks across parameters stay the kernels'.
 */
final class BuiltInIndicators {

  private final List<IndicatorDescriptor> all = new ArrayList<>();

  private BuiltInIndicators() {
    IndicatorParameter period20 = integer("period", "20", "bars in the window").atLeast(1);
    onCloses("sma", "simple moving average", period20, a -> Sma.warmUp(a.integer("period")),
        (a, c) -> Sma.batch(c, a.integer("period")));
    onCloses("ema", "exponential moving average seeded with the SMA of the first period values (TA-Lib)", period20,
        a -> Ema.warmUp(a.integer("period")), (a, c) -> Ema.batch(c, a.integer("period")));
    onCloses("wma", "linearly weighted moving average", period20, a -> Wma.warmUp(a.integer("period")),
        (a, c) -> Wma.batch(c, a.integer("period")));
    onCloses("rsi", "relative strength index, Wilder smoothing (TA-Lib)",
        integer("period", "14", "bars in the smoothing").atLeast(1),
        a -> Rsi.warmUp(a.integer("period")), (a, c) -> Rsi.batch(c, a.integer("period")));
    onCloses("roc", "rate of change in percent over period bars", integer("period", "10", "bars back").atLeast(1),
        a -> Roc.warmUp(a.integer("period")), (a, c) -> Roc.batch(c, a.integer("period")));
    onCloses("momentum", "close minus the close period bars earlier (TA-Lib MOM)",
        integer("period", "10", "bars back").atLeast(1),
        a -> Momentum.warmUp(a.integer("period")), (a, c) -> Momentum.batch(c, a.integer("period")));
    add("macd", "moving average convergence/divergence (TA-Lib)",
        List.of(integer("fast", "12", "fast EMA period"), integer("slow", "26", "slow EMA period"),
            integer("signal", "9", "signal EMA period")),
        List.of("macd", "signal", "histogram"), a -> Macd.warmUp(a.integer("fast"), a.integer("slow"), a.integer("signal")),
        (a, s, b) -> {
          Macd.Series m = Macd.batch(s.closes(), a.integer("fast"), a.integer("slow"), a.integer("signal"));
          return Map.of("macd", m.macd(), "signal", m.signal(), "histogram", m.histogram());
        });
    add("bollinger", "Bollinger bands on an SMA with population standard deviation (TA-Lib BBANDS)",
        List.of(period20, decimal("up", "2", "standard deviations above"), decimal("down", "2", "standard deviations below")),
        List.of("upper", "middle", "lower", "bandwidth", "percent_b"),
        a -> Bollinger.warmUp(a.integer("period"), a.decimal("up"), a.decimal("down")),
        (a, s, b) -> {
          Bollinger.Series bands = Bollinger.batch(s.closes(), a.integer("period"), a.decimal("up"), a.decimal("down"));
          return Map.of("upper", bands.upper(), "middle", bands.middle(), "lower", bands.lower(),
              "bandwidth", bands.bandwidth(), "percent_b", bands.percentB());
        });
    add("stddev", "rolling standard deviation of closes", List.of(integer("period", "20", "bars in the window"),
            choice("convention", "sample", List.of("sample", "population"), "divisor n - 1 or n")),
        List.of("stddev"), a -> StdDev.warmUp(a.integer("period"), convention(a)),
        (a, s, b) -> Map.of("stddev", StdDev.batch(s.closes(), a.integer("period"), convention(a))));
    add("returns", "returns over bars bars", List.of(integer("bars", "1", "bars back").atLeast(1),
            choice("kind", "simple", List.of("simple", "log"), "simple or log return")),
        List.of("returns"), a -> Returns.warmUp(a.integer("bars")),
        (a, s, b) -> Map.of("returns", Returns.batch(s.closes(), a.integer("bars"), returnKind(a))));
    add("realized_volatility", "annualised sample standard deviation of one-bar log returns",
        List.of(integer("window", "20", "returns in the window").atLeast(2), decimal(IndicatorArguments.PERIODS_PER_YEAR,
            null, "bars per year; by default the asset's trading calendar (252 stock days, 365 crypto days, ...)")),
        List.of("realized_volatility"), a -> RealizedVolatility.warmUp(a.integer("window")),
        (a, s, b) -> Map.of("realized_volatility", RealizedVolatility.batch(s.closes(), a.integer("window"),
            a.decimal(IndicatorArguments.PERIODS_PER_YEAR))));
    add("true_range", "true range (TA-Lib TRANGE)", List.of(), List.of("true_range"), a -> TrueRange.warmUp(),
        (a, s, b) -> Map.of("true_range", TrueRange.batch(s.highs(), s.lows(), s.closes())));
    add("atr", "average true range, Wilder smoothing (TA-Lib)",
        List.of(integer("period", "14", "bars in the smoothing").atLeast(1)),
        List.of("atr"), a -> Atr.warmUp(a.integer("period")),
        (a, s, b) -> Map.of("atr", Atr.batch(s.highs(), s.lows(), s.closes(), a.integer("period"))));
    add("adx", "average directional index with +DI and -DI (TA-Lib)",
        List.of(integer("period", "14", "bars in the smoothing").atLeast(2)),
        List.of("adx", "plus_di", "minus_di"), a -> Adx.warmUp(a.integer("period")),
        (a, s, b) -> {
          Adx.Series adx = Adx.batch(s.highs(), s.lows(), s.closes(), a.integer("period"));
          return Map.of("adx", adx.adx(), "plus_di", adx.plusDi(), "minus_di", adx.minusDi());
        });
    add("stochastic", "slow stochastic %K and %D with SMA smoothing (TA-Lib STOCH)",
        List.of(integer("fast_k", "14", "bars of the high-low range"), integer("slow_k", "3", "%K smoothing"),
            integer("slow_d", "3", "%D smoothing")),
        List.of("k", "d"), a -> Stochastic.warmUp(a.integer("fast_k"), a.integer("slow_k"), a.integer("slow_d")),
        (a, s, b) -> {
          Stochastic.Series st = Stochastic.batch(s.highs(), s.lows(), s.closes(), a.integer("fast_k"), a.integer("slow_k"),
              a.integer("slow_d"));
          return Map.of("k", st.k(), "d", st.d());
        });
    add("obv", "on-balance volume, cumulative from the first bar of the asset", List.of(), List.of("obv"), a -> Obv.warmUp(),
        (a, s, b) -> Map.of("obv", Obv.batch(s.closes(), s.volumes())));
    add("vwap", "rolling volume-weighted average of typical prices over bars bars",
        List.of(integer("bars", "20", "bars in the window").atLeast(1)),
        List.of("vwap"), a -> Vwap.warmUp(a.integer("bars")),
        (a, s, b) -> Map.of("vwap", Vwap.batch(s.highs(), s.lows(), s.closes(), s.volumes(), a.integer("bars"))));
    add("session_vwap", "volume-weighted average of typical prices since 00:00 UTC of the bar's day", List.of(),
        List.of("vwap"), a -> SessionVwap.warmUp(),
        (a, s, b) -> Map.of("vwap", SessionVwap.batch(s.openTimes(), s.highs(), s.lows(), s.closes(), s.volumes())));
    add("volume_zscore", "z-score of volume against the last window volumes",
        List.of(integer("window", "20", "volumes in the window").atLeast(2)),
        List.of("volume_zscore"), a -> VolumeZScore.warmUp(a.integer("window")),
        (a, s, b) -> Map.of("volume_zscore", VolumeZScore.batch(s.volumes(), a.integer("window"))));
    add("correlation", "rolling correlation and beta of log returns against a benchmark asset, on the bars both have",
        List.of(asset(IndicatorDescriptor.BENCHMARK, "id of the benchmark asset"),
            integer("window", "20", "returns in the window").atLeast(2)),
        List.of("correlation", "beta"), a -> RollingCorrelation.warmUp(a.integer("window")),
        (a, s, b) -> {
          RollingCorrelation.Series rc = RollingCorrelation.batch(s.closes(), b.closes(), a.integer("window"));
          return Map.of("correlation", rc.correlation(), "beta", rc.beta());
        });
  }

  /** Every built-in indicator, in catalogue order. */
  static List<IndicatorDescriptor> all() {
    return List.copyOf(new BuiltInIndicators().all);
  }

  private void onCloses(String name, String description, IndicatorParameter parameter, WarmUp warmUp,
      BiFunction<IndicatorArguments, double[], double[]> kernel) {
    add(name, description, List.of(parameter), List.of(name), warmUp, (a, s, b) -> Map.of(name, kernel.apply(a, s.closes())));
  }

  private void add(String name, String description, List<IndicatorParameter> parameters, List<String> outputs,
      WarmUp warmUp, Kernel kernel) {
    all.add(new IndicatorDescriptor(name, description, parameters, outputs, warmUp, kernel));
  }

  private static StdDev.Convention convention(IndicatorArguments a) {
    return StdDev.Convention.valueOf(a.choice("convention").toUpperCase(Locale.ROOT));
  }

  private static Returns.Kind returnKind(IndicatorArguments a) {
    return Returns.Kind.valueOf(a.choice("kind").toUpperCase(Locale.ROOT));
  }
}
