package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VolumeZScoreTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 20, 50})
  void equals_a_direct_per_window_computation(int window) {
    for (Bars b : Bars.golden()) {
      double[] v = b.volume();
      double[] expected = Direct.nan(v.length);
      for (int t = window - 1; t < v.length; t++) {
        double sd = Math.sqrt(Direct.covariance(v, v, t - window + 1, t + 1));
        expected[t] = sd == 0 ? 0 : (v[t] - Direct.mean(v, t - window + 1, t + 1)) / sd;
      }
      double[] ours = VolumeZScore.batch(v, window);
      assertThat(Compare.leadingNaN(ours)).isEqualTo(VolumeZScore.warmUp(window));
      Compare.assertClose("volume z-score(" + window + ") " + b.name(), expected, ours, 1e-9);
    }
  }

  @Test
  void constant_volume_scores_zero_even_after_a_spike_leaves_the_window() {
    double[] volume = new double[40];
    Arrays.fill(volume, 1_000);
    volume[4] = 1e12;
    Arrays.fill(volume, 20, 30, 0);
    double[] z = VolumeZScore.batch(volume, 5);
    assertThat(Arrays.copyOfRange(z, 9, 20)).containsOnly(0.0);
    assertThat(Arrays.copyOfRange(z, 24, 30)).containsOnly(0.0);
    assertThat(z[4]).isCloseTo(4 / Math.sqrt(5), within(1e-12));
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_and_gaps_leave_no_nan(long seed) {
    Bars b = Bars.withGapsAndFlats(seed, 3_000);
    int window = 2 + (int) (seed % 30);
    double[] batch = VolumeZScore.batch(b.volume(), window);
    VolumeZScore.Streaming stream = VolumeZScore.streaming(window);
    double[] streamed = new double[b.size()];
    for (int i = 0; i < b.size(); i++) streamed[i] = stream.next(b.volume()[i]);
    Compare.assertClose("seed " + seed + " volume z(" + window + ")", batch, streamed, 1e-12);
    Compare.assertFiniteFrom("seed " + seed + " volume z(" + window + ")", batch, VolumeZScore.warmUp(window));
  }

  @Test
  void validates_the_window() {
    assertThatThrownBy(() -> VolumeZScore.streaming(1)).hasMessageContaining("window").hasMessageContaining("1");
  }
}
