package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.fail;

import io.phasewise.domain.indicator.Returns.Kind;
import io.phasewise.domain.indicator.StdDev.Convention;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No look-ahead, for every output of every indicator: (a) the output at t is the same whether the
 * series ends at t or goes on; (b) it stays the same when every later bar is replaced by random bars;
 * (c) past its memory it does not depend on how much earlier history was supplied (see {@link Memory}).
 * (a) and (b) are bit-exact: every kernel runs forwards, so the bars after t cannot even change a
 * rounding. Adding an indicator is one row of {@link #OUTPUTS}.
 */
class NoLookAheadTest {

  /** Relative agreement asked of outputs past their memory. */
  private static final double CONVERGED = 1e-9;

  private static final List<Output> OUTPUTS = List.of(
      window("SMA(20)", b -> Sma.batch(b.close(), 20), Sma.warmUp(20)),
      settling("EMA(20)", b -> Ema.batch(b.close(), 20), Ema.warmUp(20) + Ema.convergenceBars(20)),
      window("WMA(20)", b -> Wma.batch(b.close(), 20), Wma.warmUp(20)),
      settling("RSI(14)", b -> Rsi.batch(b.close(), 14), Rsi.warmUp(14) + Rsi.convergenceBars(14)),
      macd("MACD(12,26,9) line", Macd.Series::macd),
      macd("MACD(12,26,9) signal", Macd.Series::signal),
      macd("MACD(12,26,9) histogram", Macd.Series::histogram),
      window("true range", b -> TrueRange.batch(b.high(), b.low(), b.close()), TrueRange.warmUp()),
      settling("ATR(14)", b -> Atr.batch(b.high(), b.low(), b.close(), 14), Atr.warmUp(14) + Atr.convergenceBars(14)),
      window("sample stdDev(20)", b -> StdDev.batch(b.close(), 20, Convention.SAMPLE),
          StdDev.warmUp(20, Convention.SAMPLE)),
      window("population stdDev(20)", b -> StdDev.batch(b.close(), 20, Convention.POPULATION),
          StdDev.warmUp(20, Convention.POPULATION)),
      window("Bollinger(20,2,1.5) upper", b -> Bollinger.batch(b.close(), 20, 2, 1.5).upper(), bollingerWarmUp()),
      window("Bollinger(20,2,1.5) middle", b -> Bollinger.batch(b.close(), 20, 2, 1.5).middle(), bollingerWarmUp()),
      window("Bollinger(20,2,1.5) lower", b -> Bollinger.batch(b.close(), 20, 2, 1.5).lower(), bollingerWarmUp()),
      window("Bollinger(20,2,1.5) bandwidth", b -> Bollinger.batch(b.close(), 20, 2, 1.5).bandwidth(),
          bollingerWarmUp()),
      window("Bollinger(20,2,1.5) %B", b -> Bollinger.batch(b.close(), 20, 2, 1.5).percentB(), bollingerWarmUp()),
      window("stochastic(14,3,3) %K", b -> Stochastic.batch(b.high(), b.low(), b.close(), 14, 3, 3).k(),
          Stochastic.warmUp(14, 3, 3)),
      window("stochastic(14,3,3) %D", b -> Stochastic.batch(b.high(), b.low(), b.close(), 14, 3, 3).d(),
          Stochastic.warmUp(14, 3, 3)),
      settling("ADX(14)", b -> Adx.batch(b.high(), b.low(), b.close(), 14).adx(), adxSettled()),
      settling("ADX(14) +DI", b -> Adx.batch(b.high(), b.low(), b.close(), 14).plusDi(), adxSettled()),
      settling("ADX(14) -DI", b -> Adx.batch(b.high(), b.low(), b.close(), 14).minusDi(), adxSettled()),
      new Output("OBV", b -> Obv.batch(b.close(), b.volume()), Memory.CUMULATIVE, false),
      window("VWAP(20)", b -> Vwap.batch(b.high(), b.low(), b.close(), b.volume(), 20), Vwap.warmUp(20)),
      new Output("session VWAP", b -> SessionVwap.batch(b.time(), b.high(), b.low(), b.close(), b.volume()),
          Memory.SESSION, false),
      window("ROC(10)", b -> Roc.batch(b.close(), 10), Roc.warmUp(10)),
      window("momentum(10)", b -> Momentum.batch(b.close(), 10), Momentum.warmUp(10)),
      window("simple returns(5)", b -> Returns.batch(b.close(), 5, Kind.SIMPLE), Returns.warmUp(5)),
      window("log returns(5)", b -> Returns.batch(b.close(), 5, Kind.LOG), Returns.warmUp(5)),
      window("realized volatility(20)", b -> RealizedVolatility.batch(b.close(), 20, 252),
          RealizedVolatility.warmUp(20)),
      window("volume z-score(20)", b -> VolumeZScore.batch(b.volume(), 20), VolumeZScore.warmUp(20)),
      window("correlation(20) of close on high", b -> RollingCorrelation.batch(b.close(), b.high(), 20).correlation(),
          RollingCorrelation.warmUp(20)),
      window("beta(20) of close on high", b -> RollingCorrelation.batch(b.close(), b.high(), 20).beta(),
          RollingCorrelation.warmUp(20)));

  /**
   * How much history an output remembers: the first index at which an output computed from the bars
   * {@code start..} must agree with the one computed from bar 0.
   */
  interface Memory {
    int settledFrom(Bars bars, int start);

    /** OBV: its level depends on where the series starts, its changes since any bar of both series do not. */
    Memory CUMULATIVE = (bars, start) -> start;

    /** Session VWAP: only the bars of the current UTC day count, so every day starting at or after start agrees. */
    Memory SESSION = (bars, start) -> {
      int i = start;
      while (start > 0 && i < bars.size() && day(bars, i) == day(bars, start - 1)) i++;
      return i;
    };
  }

  /**
   * One output of one indicator: how to compute it from bars, how much history it remembers, and
   * whether (c) measures its agreement against the close instead of its own value (for outputs in
   * price units that cross zero, where a relative error means nothing).
   */
  record Output(String name, Function<Bars, double[]> of, Memory memory, boolean priceScaled) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** An output that depends on the last {@code warmUp + 1} bars only. */
  private static Output window(String name, Function<Bars, double[]> of, int warmUp) {
    return new Output(name, of, (bars, start) -> start + warmUp, false);
  }

  /** A recursive output whose seed is forgotten to {@value #CONVERGED} after {@code settled} bars. */
  private static Output settling(String name, Function<Bars, double[]> of, int settled) {
    return new Output(name, of, (bars, start) -> start + settled, false);
  }

  private static Output macd(String name, Function<Macd.Series, double[]> column) {
    return new Output(name, b -> column.apply(Macd.batch(b.close(), 12, 26, 9)),
        (bars, start) -> start + Macd.warmUp(12, 26, 9) + Macd.convergenceBars(12, 26, 9), true);
  }

  private static int adxSettled() {
    return Adx.warmUp(14) + Adx.convergenceBars(14);
  }

  private static int bollingerWarmUp() {
    return Bollinger.warmUp(20, 2, 1.5);
  }

  /**
   * Series whose level stays within the few orders of magnitude real prices span: hourly and
   * 15-minute random walks, walks with flat runs, zero volume and 20 % gaps, and the two real daily files.
   */
  private static final List<Bars> REALISTIC = List.of(Bars.randomWalk(1L, 3_000, 3_600_000L),
      Bars.randomWalk(2L, 3_000, 15 * 60_000L), Bars.withGapsAndFlats(3L, 3_000, 1.2),
      Bars.withGapsAndFlats(4L, 3_000, 1.2), Bars.golden().get(0), Bars.golden().get(1));

  /**
   * Walks whose 1000-fold gaps move the level across tens of orders of magnitude. No bar after t may
   * matter on them either, but (c) does not hold there: a running sum's rounding residue, and a
   * smoother's forgotten seed, scale with the largest level seen, and after a fall of ten orders of
   * magnitude nine digits do not survive.
   */
  private static final List<Bars> EXTREME = List.of(Bars.withGapsAndFlats(5L, 3_000), Bars.withGapsAndFlats(6L, 3_000));

  static Stream<Arguments> outputsOnSeries() {
    return Stream.concat(REALISTIC.stream(), EXTREME.stream()).flatMap(NoLookAheadTest::everyOutput);
  }

  static Stream<Arguments> outputsOnRealisticSeries() {
    return REALISTIC.stream().flatMap(NoLookAheadTest::everyOutput);
  }

  private static Stream<Arguments> everyOutput(Bars bars) {
    return OUTPUTS.stream().map(output -> Arguments.of(output, bars.name(), bars));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("outputsOnSeries")
  void the_output_at_t_is_the_same_when_the_series_ends_at_t(Output output, String series, Bars bars) {
    double[] full = output.of().apply(bars);
    Random random = new Random(bars.size() ^ output.name().hashCode());
    for (int round = 0; round < 25; round++) {
      int t = random.nextInt(bars.size());
      assertSame(output + " on " + series + " cut after " + t, full, output.of().apply(bars.slice(0, t + 1)), t);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("outputsOnSeries")
  void random_bars_after_t_change_nothing_up_to_t(Output output, String series, Bars bars) {
    double[] full = output.of().apply(bars);
    Random random = new Random(bars.size() ^ output.name().hashCode());
    for (int round = 0; round < 10; round++) {
      int t = random.nextInt(bars.size());
      assertSame(output + " on " + series + " with random bars after " + t, full,
          output.of().apply(withRandomFuture(bars, t, random)), t);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("outputsOnRealisticSeries")
  void past_its_memory_the_output_does_not_depend_on_earlier_history(Output output, String series, Bars bars) {
    double[] full = output.of().apply(bars);
    Random random = new Random(bars.size() ^ output.name().hashCode());
    boolean cumulative = output.memory() == Memory.CUMULATIVE;
    double worst = 0;
    for (int round = 0; round < 6; round++) {
      int start = 1 + random.nextInt(bars.size() - 1);
      double[] later = output.of().apply(bars.slice(start, bars.size()));
      for (int i = output.memory().settledFrom(bars, start); i < bars.size(); i++) {
        double expected = cumulative ? full[i] - full[start] : full[i];
        double actual = cumulative ? later[i - start] - later[0] : later[i - start];
        double scale = Math.max(Math.max(Math.abs(expected), Math.abs(actual)),
            output.priceScaled() ? bars.close()[i] : 0);
        double error = expected == actual ? 0 : Math.abs(expected - actual) / scale;
        worst = Math.max(worst, error);
        if (!(error <= CONVERGED) && !(Double.isNaN(expected) && Double.isNaN(actual))) {
          fail(output + " on " + series + " from bar " + start + " at " + i + ": " + actual + " but from bar 0 "
              + expected + " (relative error " + error + ")");
        }
      }
    }
    System.out.printf("history %-34s %-28s max relative error %.3e%n", output, series, worst);
  }

  /** {@code actual[0..t]} bit for bit equal to {@code expected[0..t]}, NaN included. */
  private static void assertSame(String label, double[] expected, double[] actual, int t) {
    for (int i = 0; i <= t; i++) {
      if (Double.compare(expected[i], actual[i]) != 0) {
        fail(label + ": at " + i + " " + actual[i] + " instead of " + expected[i]);
      }
    }
  }

  /**
   * The bars up to {@code t}, then random valid bars (low ≤ open, close ≤ high, volume ≥ 0, prices
   * positive) at the same times: a random walk with wide moves, occasional 1000-fold gaps, flat bars
   * and bars without volume.
   */
  private static Bars withRandomFuture(Bars bars, int t, Random random) {
    Bars future = bars.slice(0, bars.size());
    double previous = bars.close()[t];
    for (int i = t + 1; i < bars.size(); i++) {
      int kind = random.nextInt(10);
      double open = kind == 0 ? previous * (random.nextBoolean() ? 1000 : 0.001) : previous;
      double close = kind == 1 ? open : open * Math.exp(0.2 * random.nextGaussian());
      future.open()[i] = open;
      future.close()[i] = close;
      future.high()[i] = kind == 1 ? open : Math.max(open, close) * (1 + 0.1 * random.nextDouble());
      future.low()[i] = kind == 1 ? open : Math.min(open, close) * (1 - 0.1 * random.nextDouble());
      future.volume()[i] = kind == 2 ? 0 : Math.rint(1e9 * random.nextDouble());
      previous = close;
    }
    return future;
  }

  private static long day(Bars bars, int i) {
    return Math.floorDiv(bars.time()[i], Bars.DAY_MILLIS);
  }
}
