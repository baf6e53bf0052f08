package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VwapTest {

  private static final List<Bars> INTRADAY = List.of(Bars.randomWalk(11L, 100_000, 3_600_000L),
      Bars.randomWalk(12L, 20_000, 7 * 60_000L), Bars.withGapsAndFlats(13L, 20_000));

  private static double typical(Bars b, int i) {
    return (b.high()[i] + b.low()[i] + b.close()[i]) / 3;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 14, 390})
  void rolling_vwap_equals_a_direct_per_window_computation(int bars) {
    for (Bars b : List.of(Bars.golden().get(0), Bars.golden().get(1), Bars.golden().get(2), INTRADAY.get(2))) {
      double[] expected = Direct.nan(b.size());
      for (int t = bars - 1; t < b.size(); t++) {
        double pv = 0;
        double v = 0;
        for (int i = t - bars + 1; i <= t; i++) {
          pv += typical(b, i) * b.volume()[i];
          v += b.volume()[i];
        }
        expected[t] = v == 0 ? typical(b, t) : pv / v;
      }
      double[] ours = Vwap.batch(b.high(), b.low(), b.close(), b.volume(), bars);
      assertThat(Compare.leadingNaN(ours)).isEqualTo(Vwap.warmUp(bars));
      Compare.assertClose("VWAP(" + bars + ") " + b.name(), expected, ours, 1e-9);
    }
  }

  @Test
  void session_vwap_equals_a_direct_computation_and_resets_at_utc_midnight() {
    for (Bars b : INTRADAY) {
      double[] expected = new double[b.size()];
      int sessionStart = 0;
      for (int t = 0; t < b.size(); t++) {
        if (Math.floorDiv(b.time()[t], Bars.DAY_MILLIS) != Math.floorDiv(b.time()[sessionStart], Bars.DAY_MILLIS)) {
          sessionStart = t;
        }
        double pv = 0;
        double v = 0;
        for (int i = sessionStart; i <= t; i++) {
          pv += typical(b, i) * b.volume()[i];
          v += b.volume()[i];
        }
        expected[t] = v == 0 ? typical(b, t) : pv / v;
      }
      Compare.assertClose("session VWAP " + b.name(), expected,
          SessionVwap.batch(b.time(), b.high(), b.low(), b.close(), b.volume()), 1e-9);
    }
  }

  @Test
  void worked_example_across_midnight_and_without_volume() {
    long midnight = 3 * Bars.DAY_MILLIS;
    long[] time = {midnight - 7_200_000L, midnight - 3_600_000L, midnight, midnight + 3_600_000L};
    double[] high = {12, 15, 30, 33};
    double[] low = {9, 12, 30, 30};
    double[] close = {9, 12, 30, 30};
    double[] volume = {100, 300, 0, 10};
    assertThat(SessionVwap.batch(time, high, low, close, volume)).containsExactly(10, 12.25, 30, 31);
    assertThat(Vwap.batch(high, low, close, volume, 2)).containsExactly(Double.NaN, 12.25, 13, 31);
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_and_gaps_leave_no_nan(long seed) {
    Bars b = Bars.withGapsAndFlats(seed, 3_000);
    int bars = 1 + (int) (seed % 40);
    String label = "seed " + seed + " VWAP(" + bars + ")";
    double[] rolling = Vwap.batch(b.high(), b.low(), b.close(), b.volume(), bars);
    double[] session = SessionVwap.batch(b.time(), b.high(), b.low(), b.close(), b.volume());
    Vwap.Streaming rollingStream = Vwap.streaming(bars);
    SessionVwap.Streaming sessionStream = SessionVwap.streaming();
    double[] rollingStreamed = new double[b.size()];
    double[] sessionStreamed = new double[b.size()];
    for (int i = 0; i < b.size(); i++) {
      rollingStreamed[i] = rollingStream.next(b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
      sessionStreamed[i] = sessionStream.next(b.time()[i], b.high()[i], b.low()[i], b.close()[i], b.volume()[i]);
    }
    Compare.assertClose(label, rolling, rollingStreamed, 1e-12);
    Compare.assertClose(label + " session", session, sessionStreamed, 1e-12);
    Compare.assertFiniteFrom(label, rolling, Vwap.warmUp(bars));
    Compare.assertFiniteFrom(label + " session", session, SessionVwap.warmUp());
  }

  @Test
  void validates_parameters_lengths_and_time_order() {
    assertThatThrownBy(() -> Vwap.streaming(0)).hasMessageContaining("bars").hasMessageContaining("0");
    assertThatThrownBy(() -> Vwap.batch(new double[2], new double[2], new double[2], new double[1], 1))
        .hasMessageContaining("volume");
    assertThatThrownBy(() -> SessionVwap.batch(new long[1], new double[2], new double[2], new double[2], new double[2]))
        .hasMessageContaining("openTimeMillis");
    SessionVwap.Streaming s = SessionVwap.streaming();
    s.next(1_000, 1, 1, 1, 1);
    assertThatThrownBy(() -> s.next(1_000, 1, 1, 1, 1)).hasMessageContaining("1000");
  }
}
