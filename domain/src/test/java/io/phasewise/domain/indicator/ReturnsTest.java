package io.phasewise.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 10, 20})
  void roc_and_momentum_equal_talib(int period) {
    for (Bars bars : Bars.golden()) {
      double[] c = bars.close();
      double[] roc = TaLib.run(c.length, 1, (end, begin, length, out) -> TaLib.CORE.roc(0, end, c, period, begin, length, out[0]))[0];
      double[] mom = TaLib.run(c.length, 1, (end, begin, length, out) -> TaLib.CORE.mom(0, end, c, period, begin, length, out[0]))[0];
      assertThat(Roc.warmUp(period)).isEqualTo(TaLib.CORE.rocLookback(period)).isEqualTo(Compare.leadingNaN(roc));
      assertThat(Momentum.warmUp(period)).isEqualTo(TaLib.CORE.momLookback(period)).isEqualTo(Compare.leadingNaN(mom));
      Compare.assertClose("ROC(" + period + ") " + bars.name(), roc, Roc.batch(c, period), 1e-9);
      Compare.assertClose("MOM(" + period + ") " + bars.name(), mom, Momentum.batch(c, period), 1e-9);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 20})
  void simple_and_log_returns_equal_an_exact_decimal_computation(int bars) {
    for (Bars b : Bars.golden()) {
      double[] c = b.close();
      double[] simple = new double[c.length];
      double[] log = new double[c.length];
      Arrays.fill(simple, 0, Math.min(bars, c.length), Double.NaN);
      Arrays.fill(log, 0, Math.min(bars, c.length), Double.NaN);
      for (int t = bars; t < c.length; t++) {
        BigDecimal earlier = new BigDecimal(c[t - bars]);
        simple[t] = new BigDecimal(c[t]).subtract(earlier).divide(earlier, MathContext.DECIMAL128).doubleValue();
        log[t] = Math.log1p(simple[t]);
      }
      Compare.assertClose("simple return(" + bars + ") " + b.name(), simple, Returns.batch(c, bars, Returns.Kind.SIMPLE), 1e-9);
      Compare.assertClose("log return(" + bars + ") " + b.name(), log, Returns.batch(c, bars, Returns.Kind.LOG), 1e-9);
    }
  }

  @Test
  void worked_example() {
    double[] prices = {100, 110, 99, 0, 5};
    assertThat(Returns.batch(prices, 1, Returns.Kind.SIMPLE)).usingComparatorWithPrecision(1e-15)
        .containsExactly(Double.NaN, 0.1, -0.1, -1.0, 0.0);
    assertThat(Momentum.batch(prices, 2)).containsExactly(Double.NaN, Double.NaN, -1.0, -110.0, -94.0);
    assertThat(Roc.batch(prices, 1)[4]).isZero();
    assertThat(Returns.batch(new double[] {100, 110}, 1, Returns.Kind.LOG)[1]).isCloseTo(Math.log(1.1), within(1e-16));
  }

  @ParameterizedTest
  @MethodSource("io.phasewise.domain.indicator.Bars#seeds")
  void streaming_equals_batch_and_gaps_leave_no_nan(long seed) {
    Bars bars = Bars.withGapsAndFlats(seed, 2_000);
    double[] c = bars.close();
    int period = 1 + (int) (seed % 15);
    for (Returns.Kind kind : Returns.Kind.values()) {
      double[] batch = Returns.batch(c, period, kind);
      Returns.Streaming stream = Returns.streaming(period, kind);
      double[] streamed = new double[c.length];
      for (int i = 0; i < c.length; i++) streamed[i] = stream.next(c[i]);
      Compare.assertClose(kind + " seed " + seed, batch, streamed, 1e-12);
      Compare.assertFiniteFrom(kind + " seed " + seed, batch, Returns.warmUp(period));
    }
    Roc.Streaming roc = Roc.streaming(period);
    Momentum.Streaming mom = Momentum.streaming(period);
    double[] rocStreamed = new double[c.length];
    double[] momStreamed = new double[c.length];
    for (int i = 0; i < c.length; i++) {
      rocStreamed[i] = roc.next(c[i]);
      momStreamed[i] = mom.next(c[i]);
    }
    Compare.assertClose("ROC seed " + seed, Roc.batch(c, period), rocStreamed, 1e-12);
    Compare.assertClose("MOM seed " + seed, Momentum.batch(c, period), momStreamed, 1e-12);
    Compare.assertFiniteFrom("ROC seed " + seed, rocStreamed, period);
    Compare.assertFiniteFrom("MOM seed " + seed, momStreamed, period);
  }

  @Test
  void validates_parameters_and_prices() {
    assertThatThrownBy(() -> Returns.streaming(0, Returns.Kind.SIMPLE)).hasMessageContaining("bars").hasMessageContaining("0");
    assertThatThrownBy(() -> Roc.streaming(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Momentum.streaming(-1)).hasMessageContaining("period").hasMessageContaining("-1");
    assertThatThrownBy(() -> Returns.streaming(1, null)).hasMessageContaining("kind");
    assertThatThrownBy(() -> Returns.batch(new double[] {1, 0}, 1, Returns.Kind.LOG)).hasMessageContaining("positive");
  }
}
