package io.phasewise.domain.indicator;

import static io.phasewise.domain.indicator.Closeness.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.domain.indicator.PriceFixtures.Bars;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** True range and ATR: TA-Lib golden values, streaming, sign, gaps and flat bars, convergence. */
class AtrTest {

  static Stream<Bars> golden() {
    return PriceFixtures.golden();
  }

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest
  @MethodSource("golden")
  void true_range_and_atr_equal_ta_lib(Bars bars) {
    TaLibReference.Aligned range = TaLibReference.trueRange(bars.high(), bars.low(), bars.close());
    assertThat(TrueRange.warmUp()).isEqualTo(range.begin());
    Closeness.report("trueRange", bars, assertClose(range.values(),
        TrueRange.batch(bars.high(), bars.low(), bars.close()), range.begin(), 1e-9, "true range on " + bars));
    for (int period : new int[] {1, 2, 14, 50}) {
      TaLibReference.Aligned expected = TaLibReference.atr(bars.high(), bars.low(), bars.close(), period);
      assertThat(Atr.warmUp(period)).as("warm-up of period " + period).isEqualTo(expected.begin());
      Closeness.report("atr(" + period + ")", bars, assertClose(expected.values(),
          Atr.batch(bars.high(), bars.low(), bars.close(), period), expected.begin(), 1e-9,
          "atr(" + period + ") on " + bars));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void streaming_equals_batch_and_atr_is_never_negative(long seed) {
    Random random = new Random(seed);
    Bars bars = PriceFixtures.randomWalk(seed, 1 + random.nextInt(2000), 1e6 * random.nextDouble() + 1e-3);
    int period = 1 + random.nextInt(60);
    Atr.Streaming atr = Atr.streaming(period);
    TrueRange.Streaming range = TrueRange.streaming();
    int n = bars.close().length;
    double[] atrStreamed = new double[n];
    double[] rangeStreamed = new double[n];
    for (int i = 0; i < n; i++) {
      atrStreamed[i] = atr.next(bars.high()[i], bars.low()[i], bars.close()[i]);
      rangeStreamed[i] = range.next(bars.high()[i], bars.low()[i], bars.close()[i]);
    }
    double[] batch = Atr.batch(bars.high(), bars.low(), bars.close(), period);
    String label = "seed " + seed + ", period " + period;

    assertClose(batch, atrStreamed, Atr.warmUp(period), 1e-12, "atr " + label);
    assertClose(TrueRange.batch(bars.high(), bars.low(), bars.close()), rangeStreamed, 1, 1e-12, "range " + label);
    for (int i = Atr.warmUp(period); i < n; i++) assertThat(batch[i]).as(label + " at " + i).isNotNegative();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void gaps_count_as_range_and_flat_bars_give_zero(long seed) {
    Random random = new Random(seed);
    int n = 200;
    double[] high = new double[n];
    double[] low = new double[n];
    double[] close = new double[n];
    double level = 50;
    for (int i = 0; i < n; i++) {
      if (i >= 100 && random.nextInt(5) == 0) level *= random.nextBoolean() ? 1e5 : 1e-5;
      high[i] = level;
      low[i] = level;
      close[i] = level;
    }
    int period = 1 + random.nextInt(30);

    double[] atr = Atr.batch(high, low, close, period);
    double[] range = TrueRange.batch(high, low, close);

    for (int i = 1; i < n; i++) {
      assertThat(range[i]).as("seed " + seed + " at " + i).isEqualTo(Math.abs(close[i] - close[i - 1]));
    }
    for (int i = period; i < n; i++) {
      assertThat(Double.isFinite(atr[i]) && atr[i] >= 0).as("seed " + seed + " at " + i + ": " + atr[i]).isTrue();
      if (i < 100) assertThat(atr[i]).isZero();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void after_warm_up_and_convergence_the_tail_does_not_depend_on_earlier_history(long seed) {
    Random random = new Random(seed);
    Bars bars = PriceFixtures.randomWalk(seed, 3000, 10 + 1000 * random.nextDouble());
    int period = 1 + random.nextInt(40);
    int skipped = 1 + random.nextInt(500);
    int n = bars.close().length;
    int settled = Atr.warmUp(period) + Atr.convergenceBars(period);

    double[] full = Atr.batch(bars.high(), bars.low(), bars.close(), period);
    double[] later = Atr.batch(Arrays.copyOfRange(bars.high(), skipped, n), Arrays.copyOfRange(bars.low(), skipped, n),
        Arrays.copyOfRange(bars.close(), skipped, n), period);

    assertClose(Arrays.copyOfRange(full, skipped + settled, n), Arrays.copyOfRange(later, settled, later.length), 0,
        1e-9, "seed " + seed + ", period " + period + ", skipped " + skipped);
  }

  @Test
  void refuses_a_bad_period_and_columns_of_different_lengths() {
    assertThatIllegalArgumentException().isThrownBy(() -> Atr.batch(new double[3], new double[3], new double[3], 0))
        .withMessageContaining("period").withMessageContaining("0");
    assertThatIllegalArgumentException().isThrownBy(() -> Atr.streaming(-1)).withMessageContaining("-1");
    assertThatIllegalArgumentException().isThrownBy(() -> TrueRange.batch(new double[3], new double[2], new double[3]))
        .withMessageContaining("3, 2, 3");
    assertThat(Atr.batch(new double[0], new double[0], new double[0], 14)).isEmpty();
    assertThat(TrueRange.batch(new double[0], new double[0], new double[0])).isEmpty();
  }
}
