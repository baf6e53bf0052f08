package io.phasewise.domain.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReturnStatisticsTest {

  @Test
  void risk_free_rate_is_compounded_down_to_one_period() {
    assertThat(RiskFreeRate.perPeriod(0.05, 12)).isCloseTo(Math.pow(1.05, 1.0 / 12) - 1, within(1e-15));
    double perDay = RiskFreeRate.perPeriod(0.04, 252);
    assertThat(Math.pow(1 + perDay, 252)).isCloseTo(1.04, within(1e-12));
    assertThatThrownBy(() -> RiskFreeRate.perPeriod(0.04, 0)).hasMessageContaining("periodsPerYear");
    assertThatThrownBy(() -> RiskFreeRate.perPeriod(-1, 12)).hasMessageContaining("above -1");
  }

  @Test
  void sharpe_subtracts_the_per_period_risk_free_rate() {
    double[] r = {.01, -.02, .015, -.005, .02, 0, -.01, .012};
    double rf = RiskFreeRate.perPeriod(0.03, 252);
    double expected = (SampleMoments.mean(r) - rf) / SampleMoments.standardDeviation(r) * Math.sqrt(252);
    assertThat(SharpeRatio.of(r, 0.03, 252)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void undefined_figures_are_nan_not_zero() {
    assertThat(SampleMoments.standardDeviation(new double[] {0.01})).isNaN();
    assertThat(SharpeRatio.of(new double[] {0.01, 0.01, 0.01}, 0, 252)).isNaN();
    assertThat(SortinoRatio.of(new double[] {0.01, 0.02}, 0, 252)).isNaN();
    assertThat(SortinoRatio.downsideDeviation(new double[0], 0, 252)).isNaN();
    assertThat(CalmarRatio.of(0.1, 0)).isNaN();
    assertThat(Cagr.fromPeriodReturns(new double[0], 252)).isNaN();
  }

  @Test
  void sortino_target_shifts_every_period() {
    double[] r = {0.02, 0.00, -0.01};
    double target = 0.005;
    double downside = Math.sqrt((0.005 * 0.005 + 0.015 * 0.015) / 3) * Math.sqrt(12);
    assertThat(SortinoRatio.downsideDeviation(r, target, 12)).isCloseTo(downside, within(1e-15));
    assertThat(SortinoRatio.of(r, target, 12)).isCloseTo((SampleMoments.mean(r) - target) * 12 / downside, within(1e-12));
  }

  @Test
  void cagr_over_calendar_days_and_over_periods() {
    assertThat(Cagr.overCalendarDays(100, 121, 730)).isCloseTo(Math.pow(1.21, 365.25 / 730) - 1, within(1e-15));
    assertThat(Cagr.overCalendarDays(100, 110, 365)).isCloseTo(Math.pow(1.1, 365.25 / 365) - 1, within(1e-15));
    assertThat(Cagr.fromPeriodReturns(new double[] {0.1, 0.1}, 1)).isCloseTo(0.1, within(1e-15));
    assertThat(CalmarRatio.of(0.12, -0.3)).isCloseTo(0.4, within(1e-15));
    assertThatThrownBy(() -> Cagr.overCalendarDays(0, 1, 10)).hasMessageContaining("positive start");
  }

  @Test
  void drawdown_edges() {
    assertThat(Drawdown.maximum(new double[] {1, 2, 3})).isEqualTo(new MaxDrawdown(0, 0, 0, OptionalInt.empty()));
    MaxDrawdown never = Drawdown.maximum(new double[] {100, 90, 95});
    assertThat(never.recovery()).isEmpty();
    // back exactly at the old peak counts as recovered; a later fall from there is measured from the newer peak
    MaxDrawdown regained = Drawdown.maximum(new double[] {100, 90, 100, 75});
    assertThat(regained).isEqualTo(new MaxDrawdown(-0.25, 2, 3, OptionalInt.empty()));
    assertThat(Drawdown.maximum(new double[] {100, 75, 100})).isEqualTo(new MaxDrawdown(-0.25, 0, 1, OptionalInt.of(2)));
    assertThatThrownBy(() -> Drawdown.series(new double[] {1, 0})).hasMessageContaining("positive");
  }

  @Test
  void beta_tracking_error_and_excess() {
    double[] b = {0.01, -0.02, 0.03, 0.0, -0.01};
    double[] twice = new double[b.length];
    for (int i = 0; i < b.length; i++) twice[i] = 2 * b[i] + 0.001;
    assertThat(Beta.of(twice, b)).isCloseTo(2, within(1e-12));
    assertThat(Beta.of(b, b)).isCloseTo(1, within(1e-15));
    assertThat(Beta.of(b, new double[] {0.01, 0.01, 0.01, 0.01, 0.01})).isZero();
    assertThat(ActiveReturn.trackingError(b, b, 252)).isZero();
    assertThat(ActiveReturn.trackingError(twice, b, 252)).isCloseTo(SampleMoments.standardDeviation(b) * Math.sqrt(252), within(1e-12));
    assertThat(ActiveReturn.excess(0.12, 0.05)).isCloseTo(0.07, within(1e-15));
    assertThatThrownBy(() -> Beta.of(new double[2], new double[3])).hasMessageContaining("3");
  }
}
