package io.phasewise.domain.indicator;

import static io.phasewise.domain.indicator.Closeness.assertClose;
import static io.phasewise.domain.indicator.Closeness.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.domain.indicator.PriceFixtures.Bars;
import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every one-input, one-output indicator meets, each checked against TA-Lib. */
class CloseIndicatorsTest {

  /** One indicator seen through its static API. */
  enum Indicator {
    SMA {
      double[] batch(double[] in, int p) { return Sma.batch(in, p); }
      DoubleUnaryOperator streaming(int p) { return Sma.streaming(p)::next; }
      int warmUp(int p) { return Sma.warmUp(p); }
      TaLibReference.Aligned taLib(double[] in, int p) { return TaLibReference.sma(in, p); }
    },
    EMA {
      double[] batch(double[] in, int p) { return Ema.batch(in, p); }
      DoubleUnaryOperator streaming(int p) { return Ema.streaming(p)::next; }
      int warmUp(int p) { return Ema.warmUp(p); }
      TaLibReference.Aligned taLib(double[] in, int p) { return TaLibReference.ema(in, p); }
    },
    WMA {
      double[] batch(double[] in, int p) { return Wma.batch(in, p); }
      DoubleUnaryOperator streaming(int p) { return Wma.streaming(p)::next; }
      int warmUp(int p) { return Wma.warmUp(p); }
      TaLibReference.Aligned taLib(double[] in, int p) { return TaLibReference.wma(in, p); }
    },
    RSI {
      double[] batch(double[] in, int p) { return Rsi.batch(in, p); }
      DoubleUnaryOperator streaming(int p) { return Rsi.streaming(p)::next; }
      int warmUp(int p) { return Rsi.warmUp(p); }
      TaLibReference.Aligned taLib(double[] in, int p) { return TaLibReference.rsi(in, p); }
    };

    abstract double[] batch(double[] in, int period);

    abstract DoubleUnaryOperator streaming(int period);

    abstract int warmUp(int period);

    abstract TaLibReference.Aligned taLib(double[] in, int period);
  }

  static Stream<Arguments> goldenCases() {
    return Arrays.stream(Indicator.values())
        .flatMap(indicator -> PriceFixtures.golden().map(bars -> Arguments.of(indicator, bars)));
  }

  static Stream<Arguments> seededCases() {
    return Arrays.stream(Indicator.values())
        .flatMap(indicator -> LongStream.range(0, 50).mapToObj(seed -> Arguments.of(indicator, seed)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("goldenCases")
  void equals_ta_lib_after_the_same_warm_up(Indicator indicator, Bars bars) {
    for (int period : new int[] {2, 9, 14, 20, 50, 200}) {
      TaLibReference.Aligned expected = indicator.taLib(bars.close(), period);
      assertThat(indicator.warmUp(period)).as(indicator + " warm-up of period " + period).isEqualTo(expected.begin());
      double worst = assertClose(expected.values(), indicator.batch(bars.close(), period), expected.begin(), 1e-9,
          indicator + "(" + period + ") on " + bars);
      Closeness.report(indicator + "(" + period + ")", bars, worst);
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("seededCases")
  void streaming_equals_batch(Indicator indicator, long seed) {
    Random random = new Random(seed);
    Bars bars = PriceFixtures.randomWalk(seed, 1 + random.nextInt(2000), 1e6 * random.nextDouble() + 1e-3);
    int period = 1 + random.nextInt(60);

    assertClose(indicator.batch(bars.close(), period), feed(bars.close(), indicator.streaming(period)),
        indicator.warmUp(period), 1e-12, indicator + " seed " + seed + ", period " + period);
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("seededCases")
  void flat_prices_and_huge_gaps_give_finite_values_after_warm_up(Indicator indicator, long seed) {
    Random random = new Random(seed);
    int period = 1 + random.nextInt(30);
    double[] in = new double[300];
    double level = 1 + random.nextInt(1000);
    for (int i = 0; i < in.length; i++) {
      if (random.nextInt(10) == 0) level *= random.nextBoolean() ? 1e4 : 1e-4;
      in[i] = i < 100 ? 42 : level;
    }

    double[] out = indicator.batch(in, period);

    for (int i = indicator.warmUp(period); i < in.length; i++) {
      assertThat(Double.isFinite(out[i])).as(indicator + " seed " + seed + ": finite at " + i + ", got " + out[i])
          .isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Indicator.class)
  void a_series_shorter_than_the_warm_up_is_all_nan_and_a_bad_period_is_refused(Indicator indicator) {
    assertThat(indicator.batch(new double[] {1, 2, 3}, 4)).containsOnly(Double.NaN);
    assertThat(indicator.batch(new double[0], 4)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> indicator.batch(new double[3], 0))
        .withMessageContaining("period").withMessageContaining("0");
    assertThatIllegalArgumentException().isThrownBy(() -> indicator.streaming(-3)).withMessageContaining("-3");
  }
}
