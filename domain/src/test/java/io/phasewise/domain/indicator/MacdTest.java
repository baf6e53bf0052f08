package io.phasewise.domain.indicator;

import static io.phasewise.domain.indicator.Closeness.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.phasewise.domain.indicator.PriceFixtures.Bars;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MacdTest {

  static Stream<Bars> golden() {
    return PriceFixtures.golden();
  }

  static LongStream seeds() {
    return LongStream.range(0, 60);
  }

  @ParameterizedTest
  @MethodSource("golden")
  void equals_ta_lib_including_its_alignment_of_the_fast_ema(Bars bars) {
    // no signal period of 1 here: TA-Lib 0.4.0's Java MACD throws on it (array copy from index -1)
    for (int[] p : new int[][] {{12, 26, 9}, {5, 35, 5}, {3, 10, 16}, {2, 3, 2}}) {
      TaLibReference.Aligned[] expected = TaLibReference.macd(bars.close(), p[0], p[1], p[2]);
      Macd.Series actual = Macd.batch(bars.close(), p[0], p[1], p[2]);
      int warmUp = Macd.warmUp(p[0], p[1], p[2]);
      String label = "macd(" + p[0] + "," + p[1] + "," + p[2] + ")";

      assertThat(warmUp).as(label + " warm-up").isEqualTo(expected[0].begin());
      Closeness.report(label + " line", bars,
          assertClose(expected[0].values(), actual.macd(), warmUp, 1e-9, label + " line on " + bars));
      Closeness.report(label + " signal", bars,
          assertClose(expected[1].values(), actual.signal(), warmUp, 1e-9, label + " signal on " + bars));
      Closeness.report(label + " histogram", bars,
          assertClose(expected[2].values(), actual.histogram(), warmUp, 1e-9, label + " histogram on " + bars));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void streaming_equals_batch_for_all_three_outputs(long seed) {
    Random random = new Random(seed);
    Bars bars = PriceFixtures.randomWalk(seed, 1 + random.nextInt(2000), 1e6 * random.nextDouble() + 1e-3);
    int fast = 1 + random.nextInt(20);
    int slow = fast + 1 + random.nextInt(30);
    int signal = 1 + random.nextInt(15);
    Macd.Series batch = Macd.batch(bars.close(), fast, slow, signal);
    Macd.Streaming stream = Macd.streaming(fast, slow, signal);
    int n = bars.close().length;
    double[][] streamed = new double[3][n];
    for (int i = 0; i < n; i++) {
      double line = stream.next(bars.close()[i]);
      assertThat(Double.compare(line, stream.macd())).as("seed " + seed + " at " + i).isZero();
      streamed[0][i] = line;
      streamed[1][i] = stream.signal();
      streamed[2][i] = stream.histogram();
    }
    int warmUp = Macd.warmUp(fast, slow, signal);
    String label = "seed " + seed + ", macd(" + fast + "," + slow + "," + signal + ")";

    assertClose(batch.macd(), streamed[0], warmUp, 1e-12, label + " line");
    assertClose(batch.signal(), streamed[1], warmUp, 1e-12, label + " signal");
    assertClose(batch.histogram(), streamed[2], warmUp, 1e-12, 1e-12 * bars.close()[0], label + " histogram");
  }

  @Test
  void flat_prices_give_zero_line_signal_and_histogram() {
    double[] flat = PriceFixtures.flat(60, 123.25).close();

    Macd.Series series = Macd.batch(flat, 12, 26, 9);

    for (int i = Macd.warmUp(12, 26, 9); i < flat.length; i++) {
      assertThat(series.macd()[i]).isZero();
      assertThat(series.signal()[i]).isZero();
      assertThat(series.histogram()[i]).isZero();
    }
  }

  @Test
  void a_short_series_is_all_warm_up_and_bad_periods_are_refused() {
    Macd.Series series = Macd.batch(new double[33], 12, 26, 9);

    assertThat(series.macd()).containsOnly(Double.NaN);
    assertThat(Macd.batch(new double[34], 12, 26, 9).macd()[33]).isZero();
    assertThatIllegalArgumentException().isThrownBy(() -> Macd.batch(new double[3], 0, 26, 9))
        .withMessageContaining("fast").withMessageContaining("0");
    assertThatIllegalArgumentException().isThrownBy(() -> Macd.streaming(12, 12, 9)).withMessageContaining("slow");
    assertThatIllegalArgumentException().isThrownBy(() -> Macd.warmUp(12, 26, 0)).withMessageContaining("signal");
  }
}
