package io.phasewise.domain.indicator;

import static io.phasewise.domain.indicator.Closeness.assertClose;
import static io.phasewise.domain.indicator.Closeness.feed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.domain.indicator.PriceFixtures.Bars;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SmaTest {

  static Stream<Bars> golden() {
    return PriceFixtures.golden();
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest
  @MethodSource("golden")
  void equals_ta_lib_after_the_same_warm_up(Bars bars) {
    for (int period : new int[] {2, 20, 50, 200}) {
      TaLibReference.Aligned expected = TaLibReference.sma(bars.close(), period);
      assertThat(Sma.warmUp(period)).as("warm-up of period " + period).isEqualTo(expected.begin());
      double worst = assertClose(expected.values(), Sma.batch(bars.close(), period), expected.begin(), 1e-9,
          "sma(" + period + ") on " + bars);
      Closeness.report("sma(" + period + ")", bars, worst);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void streaming_equals_batch(long seed) {
    Random random = new Random(seed);
    Bars bars = PriceFixtures.randomWalk(seed, 1 + random.nextInt(2000), 1e6 * random.nextDouble() + 1e-3);
    int period = 1 + random.nextInt(60);
    Sma.Streaming stream = Sma.streaming(period);

    assertClose(Sma.batch(bars.close(), period), feed(bars.close(), stream::next), Sma.warmUp(period), 1e-12,
        "seed " + seed + ", period " + period);
  }

  @Test
  void a_period_of_one_is_the_input_and_a_series_shorter_than_the_period_is_all_warm_up() {
    double[] in = {3, 1, 4, 1, 5};

    assertThat(Sma.batch(in, 1)).containsExactly(in);
    assertThat(Sma.batch(in, 6)).containsOnly(Double.NaN);
    assertThat(Sma.batch(in, 5)).containsExactly(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 14.0 / 5);
  }

  @Test
  void rejects_a_period_below_one() {
    assertThatIllegalArgumentException().isThrownBy(() -> Sma.batch(new double[3], 0)).withMessageContaining("period")
        .withMessageContaining("0");
    assertThatIllegalArgumentException().isThrownBy(() -> Sma.streaming(-2)).withMessageContaining("-2");
  }
}
