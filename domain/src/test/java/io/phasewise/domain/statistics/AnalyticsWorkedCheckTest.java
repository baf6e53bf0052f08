package io.phasewise.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The worked check of docs/ANALYTICS.md section 3, to 1e-9. */
class AnalyticsWorkedCheckTest {

  private static final double[] RETURNS = {.01, -.02, .015, -.005, .02, 0, -.01, .012};
  private static final double[] EQUITY = {100, 110, 105, 120, 90, 95, 130, 117};

  @Test
  void return_figures_of_the_worked_check() {
    assertThat(SampleMoments.mean(RETURNS)).isCloseTo(0.00275, within(1e-12));
    assertThat(SampleMoments.standardDeviation(RETURNS)).isCloseTo(0.0138021737, within(1e-9));
    assertThat(SharpeRatio.of(RETURNS, 0, 252)).isCloseTo(3.1629000945, within(1e-9));
    assertThat(SortinoRatio.downsideDeviation(RETURNS, 0, 252)).isCloseTo(0.1285982115, within(1e-9));
    assertThat(SortinoRatio.of(RETURNS, 0, 252)).isCloseTo(5.3888774341, within(1e-9));
  }

  @Test
  void drawdowns_of_the_worked_check() {
    assertThat(Drawdown.series(EQUITY))
        .containsExactly(new double[] {0, 0, 105.0 / 110 - 1, 0, -0.25, 95.0 / 120 - 1, 0, -0.1}, within(1e-12));
    assertThat(Drawdown.series(EQUITY)[2]).isCloseTo(-0.0455, within(5e-5));
    assertThat(Drawdown.series(EQUITY)[5]).isCloseTo(-0.2083, within(5e-5));
    assertThat(Drawdown.maximum(EQUITY)).isEqualTo(new MaxDrawdown(-0.25, 3, 4, OptionalInt.of(6)));
  }

  @Test
  void t11_drawdown_on_an_index() {
    MaxDrawdown max = Drawdown.maximum(new double[] {100, 120, 90, 110, 80, 130});
    assertThat(max.depth()).isCloseTo(-1.0 / 3, within(1e-12));
    assertThat(max.peak()).isEqualTo(1);
    assertThat(max.trough()).isEqualTo(4);
    assertThat(max.recovery()).hasValue(5);
  }
}
