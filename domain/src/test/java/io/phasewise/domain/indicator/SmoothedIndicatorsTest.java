package io.phasewise.domain.indicator;

import static io.phasewise.domain.indicator.Closeness.assertClose;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.phasewise.domain.indicator.PriceFixtures.Bars;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of EMA and RSI beyond the shared contract: convergence of the seed, RSI's range and flat series. */
class SmoothedIndicatorsTest {

  static LongStream seeds() {
    return LongStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void after_warm_up_and_convergence_the_tail_does_not_depend_on_earlier_history(long seed) {
    Random random = new Random(seed);
    Bars bars = PriceFixtures.randomWalk(seed, 3000, 10 + 1000 * random.nextDouble());
    int period = 2 + random.nextInt(40);
    int skipped = 1 + random.nextInt(500);
    double[] later = Arrays.copyOfRange(bars.close(), skipped, bars.close().length);

    double[] emaFull = Arrays.copyOfRange(Ema.batch(bars.close(), period), skipped, bars.close().length);
    double[] rsiFull = Arrays.copyOfRange(Rsi.batch(bars.close(), period), skipped, bars.close().length);
    int emaSettled = Ema.warmUp(period) + Ema.convergenceBars(period);
    int rsiSettled = Rsi.warmUp(period) + Rsi.convergenceBars(period);

    assertTailsAgree(emaFull, Ema.batch(later, period), emaSettled, "EMA seed " + seed + ", period " + period);
    assertTailsAgree(rsiFull, Rsi.batch(later, period), rsiSettled, "RSI seed " + seed + ", period " + period);
  }

  @Test
  void convergence_needs_more_bars_for_slower_smoothing_and_none_for_a_period_of_one() {
    assertThat(Ema.convergenceBars(1)).isZero();
    assertThat(Ema.convergenceBars(14)).isEqualTo(175);
    assertThat(Rsi.convergenceBars(14)).isEqualTo(338);
    assertThat(Rsi.convergenceBars(28)).isGreaterThan(Rsi.convergenceBars(14));
    assertThat(Macd.convergenceBars(12, 26, 9)).isEqualTo(330).isGreaterThan(Ema.convergenceBars(26));
    assertThat(Adx.convergenceBars(14)).isEqualTo(383).isGreaterThan(Atr.convergenceBars(14));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void adx_convergence_is_the_first_bar_where_two_chained_wilder_smoothings_forget_their_seeds(long seed) {
    int period = 2 + (int) seed * 5;
    double alpha = 1.0 / period;
    int bars = Adx.convergenceBars(period);

    // ADX smooths DX, itself a function of Wilder-smoothed sums: a seed's weight after m bars is (1 - a)^m (1 + m a)
    assertThat((bars - 1) * Math.log1p(-alpha) + Math.log1p((bars - 1) * alpha)).isGreaterThan(-25);
    assertThat(bars * Math.log1p(-alpha) + Math.log1p(bars * alpha)).isLessThanOrEqualTo(-25);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void rsi_stays_within_0_and_100(long seed) {
    Random random = new Random(seed);
    Bars bars = PriceFixtures.randomWalk(seed, 2000, 1 + 1000 * random.nextDouble());
    int period = 1 + random.nextInt(40);

    double[] rsi = Rsi.batch(bars.close(), period);

    for (int i = Rsi.warmUp(period); i < rsi.length; i++) {
      assertThat(rsi[i]).as("seed " + seed + ", period " + period + ", index " + i).isBetween(0.0, 100.0);
    }
  }

  @Test
  void rsi_of_a_flat_series_is_zero_as_in_ta_lib_and_of_a_rising_one_is_100() {
    double[] flat = new double[40];
    Arrays.fill(flat, 7.5);
    double[] rising = new double[40];
    Arrays.setAll(rising, i -> 10 + i);

    assertThat(Arrays.copyOfRange(Rsi.batch(flat, 14), 14, 40)).containsOnly(0.0);
    assertThat(Arrays.copyOfRange(TaLibReference.rsi(flat, 14).values(), 14, 40)).containsOnly(0.0);
    assertThat(Arrays.copyOfRange(Rsi.batch(rising, 14), 14, 40)).containsOnly(100.0);
  }

  @Test
  void rsi_follows_wilders_worked_definition() {
    double[] in = {10, 11, 10.5, 12, 12, 11};
    double gain = (1 + 1.5) / 3;
    double loss = 0.5 / 3;
    double fourth = 100 * gain / (gain + loss);
    double gain4 = gain * 2 / 3;
    double loss4 = loss * 2 / 3;
    double gain5 = gain4 * 2 / 3;
    double loss5 = (loss4 * 2 + 1) / 3;

    double[] rsi = Rsi.batch(in, 3);

    assertThat(rsi[3]).isCloseTo(fourth, offset(1e-12));
    assertThat(rsi[4]).isCloseTo(fourth, offset(1e-12));
    assertThat(rsi[5]).isCloseTo(100 * gain5 / (gain5 + loss5), offset(1e-12));
  }

  private static void assertTailsAgree(double[] fromStart, double[] fromLater, int settled, String label) {
    double[] expected = Arrays.copyOfRange(fromStart, settled, fromStart.length);
    double[] actual = Arrays.copyOfRange(fromLater, settled, fromLater.length);
    assertClose(expected, actual, 0, 1e-9, 1e-9, label);
  }
}
