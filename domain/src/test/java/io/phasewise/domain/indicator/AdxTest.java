package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdxTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 14, 30})
  void adx_and_directional_indices_equal_talib(int period) {
    for (Bars b : Bars.golden()) {
      double[] h = b.high();
      double[] l = b.low();
      double[] c = b.close();
      double[] adx = TaLib.run(c.length, 1, (end, begin, length, out) -> TaLib.CORE.adx(0, end, h, l, c, period, begin, length, out[0]))[0];
      double[] plus = TaLib.run(c.length, 1, (end, begin, length, out) -> TaLib.CORE.plusDI(0, end, h, l, c, period, begin, length, out[0]))[0];
      double[] minus = TaLib.run(c.length, 1, (end, begin, length, out) -> TaLib.CORE.minusDI(0, end, h, l, c, period, begin, length, out[0]))[0];
      assertThat(Adx.warmUp(period)).isEqualTo(TaLib.CORE.adxLookback(period)).isEqualTo(Compare.leadingNaN(adx));
      assertThat(Adx.diWarmUp(period)).isEqualTo(TaLib.CORE.plusDILookback(period)).isEqualTo(Compare.leadingNaN(minus));
      Adx.Series ours = Adx.batch(h, l, c, period);
      Compare.assertClose("ADX(" + period + ") " + b.name(), adx, ours.adx(), 1e-9);
      Compare.assertClose("+DI(" + period + ") " + b.name(), plus, ours.plusDi(), 1e-9);
      Compare.assertClose("-DI(" + period + ") " + b.name(), minus, ours.minusDi(), 1e-9);
    }
  }

  @Test
  void flat_prices_give_zero_indices_and_an_adx_that_holds() {
    double[] flat = new double[40];
    Arrays.fill(flat, 7.5);
    Adx.Series s = Adx.batch(flat, flat, flat, 5);
    assertThat(Arrays.copyOfRange(s.plusDi(), 5, 40)).containsOnly(0.0);
    assertThat(Arrays.copyOfRange(s.minusDi(), 5, 40)).containsOnly(0.0);
    assertThat(Arrays.copyOfRange(s.adx(), 9, 40)).containsOnly(0.0);

    double[] high = new double[40];
    double[] low = new double[40];
    for (int i = 0; i < 40; i++) {
      high[i] = i < 20 ? 10 + i : 29;
      low[i] = i < 20 ? 9 + i : 29;
    }
    Adx.Series trendThenFlat = Adx.batch(high, low, high, 5);
    assertThat(trendThenFlat.adx()[19]).isEqualTo(100.0);
    assertThat(trendThenFlat.adx()[39]).as("DX undefined on flat bars, ADX holds").isEqualTo(100.0);
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_within_0_100_and_gaps_leave_no_nan(long seed) {
    Bars b = Bars.withGapsAndFlats(seed, 3_000);
    int period = 2 + (int) (seed % 25);
    String label = "seed " + seed + " ADX(" + period + ")";
    Adx.Series batch = Adx.batch(b.high(), b.low(), b.close(), period);
    Adx.Streaming stream = Adx.streaming(period);
    double[] adx = new double[b.size()];
    double[] plus = new double[b.size()];
    double[] minus = new double[b.size()];
    for (int i = 0; i < b.size(); i++) {
      adx[i] = stream.next(b.high()[i], b.low()[i], b.close()[i]);
      assertThat(Double.doubleToLongBits(stream.adx())).as(label).isEqualTo(Double.doubleToLongBits(adx[i]));
      plus[i] = stream.plusDi();
      minus[i] = stream.minusDi();
    }
    Compare.assertClose(label, batch.adx(), adx, 1e-12);
    Compare.assertClose(label + " +DI", batch.plusDi(), plus, 1e-12);
    Compare.assertClose(label + " -DI", batch.minusDi(), minus, 1e-12);
    int warmUp = Adx.warmUp(period);
    assertThat(Compare.leadingNaN(batch.adx())).as(label).isEqualTo(warmUp);
    assertThat(Compare.leadingNaN(batch.plusDi())).as(label).isEqualTo(Adx.diWarmUp(period));
    Compare.assertFiniteFrom(label, batch.adx(), warmUp);
    Compare.assertFiniteFrom(label + " +DI", batch.plusDi(), Adx.diWarmUp(period));
    Compare.assertFiniteFrom(label + " -DI", batch.minusDi(), Adx.diWarmUp(period));
    for (int i = warmUp; i < b.size(); i++) {
      assertThat(batch.adx()[i]).as(label + " at " + i).isBetween(0.0, 100.0);
    }
  }

  @Test
  void validates_parameters_and_lengths() {
    assertThatThrownBy(() -> Adx.streaming(1)).hasMessageContaining("period").hasMessageContaining("1");
    assertThatThrownBy(() -> Adx.batch(new double[3], new double[2], new double[3], 14))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("low");
  }
}
