package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ObvTest {

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#golden")
  void equals_talib_obv(Bars bars) {
    double[] expected = TaLib.run(bars.size(), 1,
        (end, begin, length, out) -> TaLib.CORE.obv(0, end, bars.close(), bars.volume(), begin, length, out[0]))[0];
    assertThat(Obv.warmUp()).isEqualTo(TaLib.CORE.obvLookback());
    Compare.assertClose("OBV " + bars.name(), expected, Obv.batch(bars.close(), bars.volume()), 1e-9);
  }

  @Test
  void adds_on_up_closes_subtracts_on_down_closes_and_holds_on_unchanged() {
    double[] close = {10, 11, 11, 9, 12};
    double[] volume = {100, 20, 30, 5, 0};
    assertThat(Obv.batch(close, volume)).containsExactly(100, 120, 120, 115, 115);
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_and_gaps_leave_no_nan(long seed) {
    Bars bars = Bars.withGapsAndFlats(seed, 2_000);
    double[] batch = Obv.batch(bars.close(), bars.volume());
    Obv.Streaming stream = Obv.streaming();
    double[] streamed = new double[bars.size()];
    for (int i = 0; i < bars.size(); i++) streamed[i] = stream.next(bars.close()[i], bars.volume()[i]);
    Compare.assertClose("OBV seed " + seed, batch, streamed, 1e-12);
    Compare.assertFiniteFrom("OBV seed " + seed, batch, Obv.warmUp());
  }

  @Test
  void rejects_columns_of_different_length() {
    assertThatThrownBy(() -> Obv.batch(new double[3], new double[2]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("close").hasMessageContaining("volume");
  }
}
