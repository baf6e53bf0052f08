package io.phasewise.benchmarks;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import io.phasewise.domain.indicator.Atr;
import io.phasewise.domain.indicator.Bollinger;
import io.phasewise.domain.indicator.Ema;
import io.phasewise.domain.indicator.Macd;
import io.phasewise.domain.indicator.Rsi;
import io.phasewise.domain.indicator.Sma;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsLowerIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsMiddleIndicator;
import org.ta4j.core.indicators.bollinger.BollingerBandsUpperIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * Time per bar of SMA(20), EMA(20), RSI(14), ATR(14), Bollinger(20, 2, 2) and MACD(12, 26, 9) over
 * {@value #BARS} bars of one seeded random walk: Phasewise's batch kernels, TA-Lib's Java port and ta4j
 * with {@code DoubleNum} on the same bars, all six of Phasewise's together, and Phasewise's streams fed
 * bar by bar; Bollinger also into arrays allocated once, as TA-Lib's, and with all five outputs. Every
 * method handles all {@value #BARS} bars per call and reports nanoseconds per bar.
 * The fork runs the parallel collector on a pre-touched heap with a 4 GB young generation, so the 8 MB
 * output arrays that Phasewise allocates per call cost a bump and a zeroing, not G1 humongous-region
 * bookkeeping or page faults, and ta4j's per-call caches die young.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(IndicatorBenchmark.BARS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms6g", "-Xmx6g", "-Xmn4g", "-XX:+AlwaysPreTouch"})
public class IndicatorBenchmark {
  static final int BARS = 1_000_000;
  private static final int PERIOD = 20;
  private static final int WILDER = 14;
  private static final double DEVIATIONS = 2;
  private static final int FAST = 12;
  private static final int SLOW = 26;
  private static final int SIGNAL = 9;

  /** Open, high, low, close and volume of a seeded random walk of {@value #BARS} bars starting at 100. */
  @State(Scope.Benchmark)
  public static class Bars {
    final double[] open = new double[BARS];
    final double[] high = new double[BARS];
    final double[] low = new double[BARS];
    final double[] close = new double[BARS];
    final double[] volume = new double[BARS];

    @Setup(Level.Trial)
    public void walk() {
      SplittableRandom random = new SplittableRandom(20_240_917L);
      double previous = 100;
      for (int i = 0; i < BARS; i++) {
        double next = Math.max(1, previous * (1 + 0.01 * random.nextGaussian()));
        open[i] = previous;
        close[i] = next;
        high[i] = Math.max(previous, next) * (1 + 0.005 * random.nextDouble());
        low[i] = Math.min(previous, next) * (1 - 0.005 * random.nextDouble());
        volume[i] = 1_000 + random.nextInt(100_000);
        previous = next;
      }
    }
  }

  /** TA-Lib's calculator and output arrays, allocated once, as TA-Lib's callers do. */
  @State(Scope.Benchmark)
  public static class TaLib {
    final Core core = new Core();
    final MInteger begin = new MInteger();
    final MInteger length = new MInteger();
    final double[] first = new double[BARS];
    final double[] second = new double[BARS];
    final double[] third = new double[BARS];
  }

  /** Phasewise's Bollinger bands allocated once, as {@link TaLib}'s outputs are, for {@link #bollingerIntoOurs}. */
  @State(Scope.Benchmark)
  public static class OurBands {
    final Bollinger.Bands bands = new Bollinger.Bands(new double[BARS], new double[BARS], new double[BARS]);
  }

  /** The same bars as a ta4j series of {@code DoubleNum}, one day apart. */
  @State(Scope.Benchmark)
  public static class Ta4jSeries {
    BarSeries series;
    Num deviations;

    @Setup(Level.Trial)
    public void build(Bars bars) {
      series = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).build();
      ZonedDateTime start = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
      Duration day = Duration.ofDays(1);
      for (int i = 0; i < BARS; i++) {
        series.addBar(day, start.plusDays(i + 1L), bars.open[i], bars.high[i], bars.low[i], bars.close[i],
            bars.volume[i]);
      }
      deviations = series.numOf(DEVIATIONS);
    }
  }

  @Benchmark
  public double[] smaOurs(Bars bars) {
    return Sma.batch(bars.close, PERIOD);
  }

  @Benchmark
  public double[] emaOurs(Bars bars) {
    return Ema.batch(bars.close, PERIOD);
  }

  @Benchmark
  public double[] rsiOurs(Bars bars) {
    return Rsi.batch(bars.close, WILDER);
  }

  @Benchmark
  public double[] atrOurs(Bars bars) {
    return Atr.batch(bars.high, bars.low, bars.close, WILDER);
  }

  @Benchmark
  public Bollinger.Bands bollingerOurs(Bars bars) {
    return Bollinger.bands(bars.close, PERIOD, DEVIATIONS, DEVIATIONS);
  }

  @Benchmark
  public Bollinger.Bands bollingerIntoOurs(Bars bars, OurBands ours) {
    Bollinger.bands(bars.close, PERIOD, DEVIATIONS, DEVIATIONS, ours.bands);
    return ours.bands;
  }

  @Benchmark
  public Bollinger.Series bollingerAllFiveOurs(Bars bars) {
    return Bollinger.batch(bars.close, PERIOD, DEVIATIONS, DEVIATIONS);
  }

  @Benchmark
  public Macd.Series macdOurs(Bars bars) {
    return Macd.batch(bars.close, FAST, SLOW, SIGNAL);
  }

  @Benchmark
  public void allSixOurs(Bars bars, Blackhole blackhole) {
    blackhole.consume(smaOurs(bars));
    blackhole.consume(emaOurs(bars));
    blackhole.consume(rsiOurs(bars));
    blackhole.consume(atrOurs(bars));
    blackhole.consume(bollingerOurs(bars));
    blackhole.consume(macdOurs(bars));
  }

  @Benchmark
  public double[] smaTaLib(Bars bars, TaLib talib) {
    talib.core.sma(0, BARS - 1, bars.close, PERIOD, talib.begin, talib.length, talib.first);
    return talib.first;
  }

  @Benchmark
  public double[] emaTaLib(Bars bars, TaLib talib) {
    talib.core.ema(0, BARS - 1, bars.close, PERIOD, talib.begin, talib.length, talib.first);
    return talib.first;
  }

  @Benchmark
  public double[] rsiTaLib(Bars bars, TaLib talib) {
    talib.core.rsi(0, BARS - 1, bars.close, WILDER, talib.begin, talib.length, talib.first);
    return talib.first;
  }

  @Benchmark
  public double[] atrTaLib(Bars bars, TaLib talib) {
    talib.core.atr(0, BARS - 1, bars.high, bars.low, bars.close, WILDER, talib.begin, talib.length, talib.first);
    return talib.first;
  }

  @Benchmark
  public double[] bollingerTaLib(Bars bars, TaLib talib) {
    talib.core.bbands(0, BARS - 1, bars.close, PERIOD, DEVIATIONS, DEVIATIONS, MAType.Sma, talib.begin, talib.length,
        talib.first, talib.second, talib.third);
    return talib.first;
  }

  @Benchmark
  public double[] macdTaLib(Bars bars, TaLib talib) {
    talib.core.macd(0, BARS - 1, bars.close, FAST, SLOW, SIGNAL, talib.begin, talib.length, talib.first,
        talib.second, talib.third);
    return talib.first;
  }

  @Benchmark
  public double smaTa4j(Ta4jSeries ta4j) {
    return everyValue(new SMAIndicator(new ClosePriceIndicator(ta4j.series), PERIOD));
  }

  @Benchmark
  public double emaTa4j(Ta4jSeries ta4j) {
    return everyValue(new EMAIndicator(new ClosePriceIndicator(ta4j.series), PERIOD));
  }

  @Benchmark
  public double rsiTa4j(Ta4jSeries ta4j) {
    return everyValue(new RSIIndicator(new ClosePriceIndicator(ta4j.series), WILDER));
  }

  @Benchmark
  public double atrTa4j(Ta4jSeries ta4j) {
    return everyValue(new ATRIndicator(ta4j.series, WILDER));
  }

  @Benchmark
  public double bollingerTa4j(Ta4jSeries ta4j) {
    ClosePriceIndicator close = new ClosePriceIndicator(ta4j.series);
    BollingerBandsMiddleIndicator middle = new BollingerBandsMiddleIndicator(new SMAIndicator(close, PERIOD));
    StandardDeviationIndicator deviation = new StandardDeviationIndicator(close, PERIOD);
    return everyValue(new BollingerBandsUpperIndicator(middle, deviation, ta4j.deviations), middle,
        new BollingerBandsLowerIndicator(middle, deviation, ta4j.deviations));
  }

  @Benchmark
  public double macdTa4j(Ta4jSeries ta4j) {
    MACDIndicator line = new MACDIndicator(new ClosePriceIndicator(ta4j.series), FAST, SLOW);
    return everyValue(line, line.getSignalLine(SIGNAL), line.getHistogram(SIGNAL));
  }

  @Benchmark
  public double smaStreaming(Bars bars) {
    Sma.Streaming stream = Sma.streaming(PERIOD);
    double total = 0;
    for (double value : bars.close) total += stream.next(value);
    return total;
  }

  @Benchmark
  public double emaStreaming(Bars bars) {
    Ema.Streaming stream = Ema.streaming(PERIOD);
    double total = 0;
    for (double value : bars.close) total += stream.next(value);
    return total;
  }

  @Benchmark
  public double rsiStreaming(Bars bars) {
    Rsi.Streaming stream = Rsi.streaming(WILDER);
    double total = 0;
    for (double value : bars.close) total += stream.next(value);
    return total;
  }

  @Benchmark
  public double atrStreaming(Bars bars) {
    Atr.Streaming stream = Atr.streaming(WILDER);
    double total = 0;
    for (int i = 0; i < BARS; i++) total += stream.next(bars.high[i], bars.low[i], bars.close[i]);
    return total;
  }

  @Benchmark
  public double bollingerStreaming(Bars bars) {
    Bollinger.Streaming stream = Bollinger.streaming(PERIOD, DEVIATIONS, DEVIATIONS);
    double total = 0;
    for (double value : bars.close) total += stream.next(value) + stream.upper() + stream.lower();
    return total;
  }

  @Benchmark
  public double macdStreaming(Bars bars) {
    Macd.Streaming stream = Macd.streaming(FAST, SLOW, SIGNAL);
    double total = 0;
    for (double value : bars.close) total += stream.next(value) + stream.signal();
    return total;
  }

  /**
   * Reads every index of each fresh (uncached) indicator in order, as a chart or backtest over the whole
   * series does, and sums the values so none of the work can be dropped.
   */
  @SafeVarargs
  private static double everyValue(Indicator<Num>... indicators) {
    double total = 0;
    for (int i = 0; i < BARS; i++) {
      for (Indicator<Num> indicator : indicators) total += indicator.getValue(i).doubleValue();
    }
    return total;
  }
}
