package io.phasewise.application.indicator.service;

import static io.phasewise.application.indicator.port.in.IndicatorDescription.Kind.ASSET;
import static io.phasewise.application.indicator.port.in.IndicatorDescription.Kind.CHOICE;
import static io.phasewise.application.indicator.port.in.IndicatorDescription.Kind.DECIMAL;
import static io.phasewise.application.indicator.port.in.IndicatorDescription.Kind.INTEGER;

import io.phasewise.application.indicator.port.in.IndicatorDescription;
import io.phasewise.application.indicator.port.in.IndicatorDescription.Parameter;
import io.phasewise.domain.indicator.Adx;
import io.phasewise.domain.indicator.Atr;
import io.phasewise.domain.indicator.Bollinger;
import io.phasewise.domain.indicator.Ema;
import io.phasewise.domain.indicator.Macd;
import io.phasewise.domain.indicator.Momentum;
import io.phasewise.domain.indicator.Obv;
import io.phasewise.domain.indicator.RealizedVolatility;
import io.phasewise.domain.indicator.Returns;
import io.phasewise.domain.indicator.Roc;
import io.phasewise.domain.indicator.RollingCorrelation;
import io.phasewise.domain.indicator.Rsi;
import io.phasewise.domain.indicator.SessionVwap;
import io.phasewise.domain.indicator.Sma;
import io.phasewise.domain.indicator.StdDev;
import io.phasewise.domain.indicator.Stochastic;
import io.phasewise.domain.indicator.TrueRange;
import io.phasewise.domain.indicator.VolumeZScore;
import io.phasewise.domain.indicator.Vwap;
import io.phasewise.domain.indicator.Wma;
import io.phasewise.domain.market.CandleSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToIntFunction;

/** Every indicator available by name: its description, warm-up and kernel over a candle series. */
final class IndicatorCatalog {

  /** One catalogued indicator. The kernel gets the series and, for a pair indicator, the benchmark aligned to it. */
  record Entry(IndicatorDescription description, ToIntFunction<IndicatorArguments> warmUp, Kernel kernel) {}

  /** Computes an indicator's output columns over a series (and a benchmark for pair indicators, else null). */
  @FunctionalInterface
  interface Kernel {
    double[][] compute(IndicatorArguments args, CandleSeries series, CandleSeries benchmark);
  }

  /** Name of the parameter naming the benchmark asset of pair indicators. */
  static final String BENCHMARK = "benchmark";

  private static final Map<String, Entry> ENTRIES = new LinkedHashMap<>();

  static {
    Parameter period20 = integer("period", "20", "bars in the window");
    onCloses("sma", "simple moving average", period20, a -> Sma.warmUp(a.integer("period")), (a, c) -> Sma.batch(c, a.integer("period")));
    onCloses("ema", "exponential moving average seeded with the SMA of the first period values (TA-Lib)", period20,
        a -> Ema.warmUp(a.integer("period")), (a, c) -> Ema.batch(c, a.integer("period")));
    onCloses("wma", "linearly weighted moving average", period20, a -> Wma.warmUp(a.integer("period")),
        (a, c) -> Wma.batch(c, a.integer("period")));
    onCloses("rsi", "relative strength index, Wilder smoothing (TA-Lib)", integer("period", "14", "bars in the smoothing"),
        a -> Rsi.warmUp(a.integer("period")), (a, c) -> Rsi.batch(c, a.integer("period")));
    onCloses("roc", "rate of change in percent over period bars", integer("period", "10", "bars back"),
        a -> Roc.warmUp(a.integer("period")), (a, c) -> Roc.batch(c, a.integer("period")));
    onCloses("momentum", "close minus the close period bars earlier (TA-Lib MOM)", integer("period", "10", "bars back"),
        a -> Momentum.warmUp(a.integer("period")), (a, c) -> Momentum.batch(c, a.integer("period")));
    add("macd", "moving average convergence/divergence (TA-Lib)",
        List.of(integer("fast", "12", "fast EMA period"), integer("slow", "26", "slow EMA period"),
            integer("signal", "9", "signal EMA period")),
        List.of("macd", "signal", "histogram"), a -> Macd.warmUp(a.integer("fast"), a.integer("slow"), a.integer("signal")),
        (a, s, b) -> {
          Macd.Series m = Macd.batch(s.closes(), a.integer("fast"), a.integer("slow"), a.integer("signal"));
          return new double[][] {m.macd(), m.signal(), m.histogram()};
        });
    add("bollinger", "Bollinger bands on an SMA with population standard deviation (TA-Lib BBANDS)",
        List.of(period20, decimal("up", "2", "standard deviations above"), decimal("down", "2", "standard deviations below")),
        List.of("upper", "middle", "lower", "bandwidth", "percent_b"),
        a -> Bollinger.warmUp(a.integer("period"), a.decimal("up"), a.decimal("down")),
        (a, s, b) -> {
          Bollinger.Series bands = Bollinger.batch(s.closes(), a.integer("period"), a.decimal("up"), a.decimal("down"));
          return new double[][] {bands.upper(), bands.middle(), bands.lower(), bands.bandwidth(), bands.percentB()};
        });
    add("stddev", "rolling standard deviation of closes", List.of(period20,
            new Parameter("convention", CHOICE, "sample", List.of("sample", "population"), "divisor n - 1 or n")),
        List.of("stddev"), a -> StdDev.warmUp(a.integer("period"), convention(a)),
        (a, s, b) -> new double[][] {StdDev.batch(s.closes(), a.integer("period"), convention(a))});
    add("returns", "returns over bars bars", List.of(integer("bars", "1", "bars back"),
            new Parameter("kind", CHOICE, "simple", List.of("simple", "log"), "simple or log return")),
        List.of("returns"), a -> Returns.warmUp(a.integer("bars")),
        (a, s, b) -> new double[][] {Returns.batch(s.closes(), a.integer("bars"), returnKind(a))});
    add("realized_volatility", "annualised sample standard deviation of one-bar log returns",
        List.of(integer("window", "20", "returns in the window"), new Parameter(IndicatorArguments.PERIODS_PER_YEAR, DECIMAL,
            null, List.of(), "bars per year; by default the asset's trading calendar (252 stock days, 365 crypto days, ...)")),
        List.of("realized_volatility"), a -> RealizedVolatility.warmUp(a.integer("window")),
        (a, s, b) -> new double[][] {RealizedVolatility.batch(s.closes(), a.integer("window"),
            a.decimal(IndicatorArguments.PERIODS_PER_YEAR))});
    add("true_range", "true range (TA-Lib TRANGE)", List.of(), List.of("true_range"), a -> TrueRange.warmUp(),
        (a, s, b) -> new double[][] {TrueRange.batch(s.highs(), s.lows(), s.closes())});
    add("atr", "average true range, Wilder smoothing (TA-Lib)", List.of(integer("period", "14", "bars in the smoothing")),
        List.of("atr"), a -> Atr.warmUp(a.integer("period")),
        (a, s, b) -> new double[][] {Atr.batch(s.highs(), s.lows(), s.closes(), a.integer("period"))});
    add("adx", "average directional index with +DI and -DI (TA-Lib)", List.of(integer("period", "14", "bars in the smoothing")),
        List.of("adx", "plus_di", "minus_di"), a -> Adx.warmUp(a.integer("period")),
        (a, s, b) -> {
          Adx.Series adx = Adx.batch(s.highs(), s.lows(), s.closes(), a.integer("period"));
          return new double[][] {adx.adx(), adx.plusDi(), adx.minusDi()};
        });
    add("stochastic", "slow stochastic %K and %D with SMA smoothing (TA-Lib STOCH)",
        List.of(integer("fast_k", "14", "bars of the high-low range"), integer("slow_k", "3", "%K smoothing"),
            integer("slow_d", "3", "%D smoothing")),
        List.of("k", "d"), a -> Stochastic.warmUp(a.integer("fast_k"), a.integer("slow_k"), a.integer("slow_d")),
        (a, s, b) -> {
          Stochastic.Series st = Stochastic.batch(s.highs(), s.lows(), s.closes(), a.integer("fast_k"), a.integer("slow_k"),
              a.integer("slow_d"));
          return new double[][] {st.k(), st.d()};
        });
    add("obv", "on-balance volume, cumulative from the first bar of the asset", List.of(), List.of("obv"), a -> Obv.warmUp(),
        (a, s, b) -> new double[][] {Obv.batch(s.closes(), s.volumes())});
    add("vwap", "rolling volume-weighted average of typical prices over bars bars", List.of(integer("bars", "20", "bars in the window")),
        List.of("vwap"), a -> Vwap.warmUp(a.integer("bars")),
        (a, s, b) -> new double[][] {Vwap.batch(s.highs(), s.lows(), s.closes(), s.volumes(), a.integer("bars"))});
    add("session_vwap", "volume-weighted average of typical prices since 00:00 UTC of the bar's day", List.of(),
        List.of("vwap"), a -> SessionVwap.warmUp(),
        (a, s, b) -> new double[][] {SessionVwap.batch(s.openTimes(), s.highs(), s.lows(), s.closes(), s.volumes())});
    add("volume_zscore", "z-score of volume against the last window volumes", List.of(integer("window", "20", "volumes in the window")),
        List.of("volume_zscore"), a -> VolumeZScore.warmUp(a.integer("window")),
        (a, s, b) -> new double[][] {VolumeZScore.batch(s.volumes(), a.integer("window"))});
    add("correlation", "rolling correlation and beta of log returns against a benchmark asset, on the bars both have",
        List.of(new Parameter(BENCHMARK, ASSET, null, List.of(), "id of the benchmark asset"),
            integer("window", "20", "returns in the window")),
        List.of("correlation", "beta"), a -> RollingCorrelation.warmUp(a.integer("window")),
        (a, s, b) -> {
          RollingCorrelation.Series rc = RollingCorrelation.batch(s.closes(), b.closes(), a.integer("window"));
          return new double[][] {rc.correlation(), rc.beta()};
        });
  }

  private IndicatorCatalog() {}

  static Optional<Entry> find(String name) {
    return Optional.ofNullable(name == null ? null : ENTRIES.get(name.trim().toLowerCase(Locale.ROOT)));
  }

  static List<IndicatorDescription> descriptions() {
    return ENTRIES.values().stream().map(Entry::description).toList();
  }

  private static void onCloses(String name, String description, Parameter parameter, ToIntFunction<IndicatorArguments> warmUp,
      BiFunction<IndicatorArguments, double[], double[]> kernel) {
    add(name, description, List.of(parameter), List.of(name), warmUp, (a, s, b) -> new double[][] {kernel.apply(a, s.closes())});
  }

  private static void add(String name, String description, List<Parameter> parameters, List<String> outputs,
      ToIntFunction<IndicatorArguments> warmUp, Kernel kernel) {
    ENTRIES.put(name, new Entry(new IndicatorDescription(name, description, parameters, outputs), warmUp, kernel));
  }

  private static Parameter integer(String name, String defaultValue, String description) {
    return new Parameter(name, INTEGER, defaultValue, List.of(), description);
  }

  private static Parameter decimal(String name, String defaultValue, String description) {
    return new Parameter(name, DECIMAL, defaultValue, List.of(), description);
  }

  private static StdDev.Convention convention(IndicatorArguments a) {
    return StdDev.Convention.valueOf(a.choice("convention").toUpperCase(Locale.ROOT));
  }

  private static Returns.Kind returnKind(IndicatorArguments a) {
    return Returns.Kind.valueOf(a.choice("kind").toUpperCase(Locale.ROOT));
  }
}
