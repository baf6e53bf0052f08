package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tictactec.ta.lib.MAType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class StochasticTest {

  @ParameterizedTest
  @CsvSource({"5,3,3", "14,3,3", "14,1,3", "21,5,4", "1,1,1"})
  void slow_stochastic_equals_talib_stoch(int fastK, int slowK, int slowD) {
    for (Bars b : Bars.golden()) {
      double[][] expected = TaLib.run(b.size(), 2, (end, begin, length, out) -> TaLib.CORE.stoch(0, end, b.high(), b.low(),
          b.close(), fastK, slowK, MAType.Sma, slowD, MAType.Sma, begin, length, out[0], out[1]));
      Stochastic.Series ours = Stochastic.batch(b.high(), b.low(), b.close(), fastK, slowK, slowD);
      int lookback = TaLib.CORE.stochLookback(fastK, slowK, MAType.Sma, slowD, MAType.Sma);
      assertThat(Stochastic.warmUp(fastK, slowK, slowD)).isEqualTo(lookback).isEqualTo(Compare.leadingNaN(expected[0]));
      String label = "STOCH(" + fastK + "," + slowK + "," + slowD + ") " + b.name();
      Compare.assertClose(label + " %K", expected[0], ours.k(), 1e-9);
      Compare.assertClose(label + " %D", expected[1], ours.d(), 1e-9);
    }
  }

  @ParameterizedTest
  @CsvSource({"5,3", "14,3"})
  void fast_stochastic_equals_talib_stochf(int fastK, int fastD) {
    for (Bars b : Bars.golden()) {
      double[][] expected = TaLib.run(b.size(), 2, (end, begin, length, out) -> TaLib.CORE.stochF(0, end, b.high(), b.low(),
          b.close(), fastK, fastD, MAType.Sma, begin, length, out[0], out[1]));
      Stochastic.Series ours = Stochastic.batchFast(b.high(), b.low(), b.close(), fastK, fastD);
      assertThat(Stochastic.warmUpFast(fastK, fastD)).isEqualTo(TaLib.CORE.stochFLookback(fastK, fastD, MAType.Sma));
      String label = "STOCHF(" + fastK + "," + fastD + ") " + b.name();
      Compare.assertClose(label + " %K", expected[0], ours.k(), 1e-9);
      Compare.assertClose(label + " %D", expected[1], ours.d(), 1e-9);
    }
  }

  @Test
  void raw_k_is_the_close_within_the_range_and_zero_on_a_flat_range() {
    double[] high = {10, 12, 11, 5, 5};
    double[] low = {8, 9, 10, 5, 5};
    double[] close = {9, 11, 10.5, 5, 5};
    Stochastic.Series fast = Stochastic.batchFast(high, low, close, 2, 1);
    assertThat(fast.k()).usingComparatorWithPrecision(1e-12).containsExactly(Double.NaN, 75.0, 50.0, 0.0, 0.0);
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_within_0_100_and_gaps_leave_no_nan(long seed) {
    Bars b = Bars.withGapsAndFlats(seed, 3_000);
    int fastK = 1 + (int) (seed % 20);
    int slowK = 1 + (int) (seed % 4);
    int slowD = 1 + (int) (seed % 5);
    String label = "seed " + seed + " STOCH(" + fastK + "," + slowK + "," + slowD + ")";
    Stochastic.Series batch = Stochastic.batch(b.high(), b.low(), b.close(), fastK, slowK, slowD);
    Stochastic.Streaming stream = Stochastic.streaming(fastK, slowK, slowD);
    double[] k = new double[b.size()];
    double[] d = new double[b.size()];
    for (int i = 0; i < b.size(); i++) {
      d[i] = stream.next(b.high()[i], b.low()[i], b.close()[i]);
      k[i] = stream.k();
      assertThat(Double.doubleToLongBits(stream.d())).as(label).isEqualTo(Double.doubleToLongBits(d[i]));
    }
    Compare.assertClose(label + " %K", batch.k(), k, 1e-12);
    Compare.assertClose(label + " %D", batch.d(), d, 1e-12);
    int warmUp = Stochastic.warmUp(fastK, slowK, slowD);
    assertThat(Compare.leadingNaN(batch.k())).as(label).isEqualTo(warmUp);
    Compare.assertFiniteFrom(label + " %K", batch.k(), warmUp);
    Compare.assertFiniteFrom(label + " %D", batch.d(), warmUp);
    for (int i = warmUp; i < b.size(); i++) {
      assertThat(batch.k()[i]).as(label + " %K at " + i).isBetween(0.0, 100.0);
      assertThat(batch.d()[i]).as(label + " %D at " + i).isBetween(0.0, 100.0);
    }
  }

  @Test
  void validates_parameters_and_lengths() {
    assertThatThrownBy(() -> Stochastic.streaming(0, 3, 3)).hasMessageContaining("fastK").hasMessageContaining("0");
    assertThatThrownBy(() -> Stochastic.streaming(5, 0, 3)).hasMessageContaining("slowK");
    assertThatThrownBy(() -> Stochastic.streamingFast(5, -2)).hasMessageContaining("slowD").hasMessageContaining("-2");
    assertThatThrownBy(() -> Stochastic.batch(new double[3], new double[3], new double[2], 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("close");
  }
}
