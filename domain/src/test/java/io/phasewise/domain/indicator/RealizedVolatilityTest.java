package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RealizedVolatilityTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 5, 20, 63})
  void equals_a_direct_per_window_computation(int window) {
    for (Bars b : Bars.golden()) {
      double[] r = Direct.logReturns(b.close());
      double[] expected = Direct.nan(b.size());
      for (int t = window; t < b.size(); t++) {
        expected[t] = Math.sqrt(Direct.covariance(r, r, t - window + 1, t + 1)) * Math.sqrt(365);
      }
      double[] ours = RealizedVolatility.batch(b.close(), window, 365);
      assertThat(Compare.leadingNaN(ours)).isEqualTo(RealizedVolatility.warmUp(window));
      Compare.assertClose("realized vol(" + window + ") " + b.name(), expected, ours, 1e-9);
    }
  }

  @Test
  void worked_example_and_flat_prices() {
    double[] prices = {100, 101, 99, 102};
    double r1 = Math.log(1.01);
    double r2 = Math.log(99.0 / 101);
    double r3 = Math.log(102.0 / 99);
    double mean = (r1 + r2 + r3) / 3;
    double sd = Math.sqrt(((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean) + (r3 - mean) * (r3 - mean)) / 2);
    assertThat(RealizedVolatility.batch(prices, 3, 252)[3]).isCloseTo(sd * Math.sqrt(252), within(1e-15));
    double[] flat = new double[30];
    Arrays.fill(flat, 42);
    assertThat(Arrays.copyOfRange(RealizedVolatility.batch(flat, 5, 252), 5, 30)).containsOnly(0.0);
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_and_gaps_leave_no_nan(long seed) {
    Bars b = Bars.withGapsAndFlats(seed, 3_000);
    int window = 2 + (int) (seed % 30);
    double[] batch = RealizedVolatility.batch(b.close(), window, 252 * 7);
    RealizedVolatility.Streaming stream = RealizedVolatility.streaming(window, 252 * 7);
    double[] streamed = new double[b.size()];
    for (int i = 0; i < b.size(); i++) streamed[i] = stream.next(b.close()[i]);
    Compare.assertClose("seed " + seed + " realized vol(" + window + ")", batch, streamed, 1e-12);
    Compare.assertFiniteFrom("seed " + seed + " realized vol(" + window + ")", batch, RealizedVolatility.warmUp(window));
  }

  @Test
  void validates_parameters_and_prices() {
    assertThatThrownBy(() -> RealizedVolatility.streaming(1, 252)).hasMessageContaining("window").hasMessageContaining("1");
    assertThatThrownBy(() -> RealizedVolatility.streaming(20, 0)).hasMessageContaining("periodsPerYear");
    assertThatThrownBy(() -> RealizedVolatility.streaming(20, Double.NaN)).hasMessageContaining("periodsPerYear");
    assertThatThrownBy(() -> RealizedVolatility.batch(new double[] {1, -1}, 2, 252)).hasMessageContaining("positive");
  }
}
