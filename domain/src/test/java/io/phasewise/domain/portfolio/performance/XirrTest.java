package io.phasewise.domain.portfolio.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class XirrTest {

  private static DatedFlow flow(String date, double amount) {
    return new DatedFlow(LocalDate.parse(date), amount);
  }

  @Test
  void t8() {
    XirrResult result = Xirr.of(List.of(flow("2008-01-01", -10000), flow("2008-03-01", 2750), flow("2008-10-30", 4250),
        flow("2009-02-15", 3250), flow("2009-04-01", 2750)));
    assertThat(result.rate()).hasValueCloseTo(0.373362534, within(1e-9));
    assertThat(result.roots()).hasSize(1);
    assertThat(result.note()).isEmpty();
  }

  @Test
  void undefined_never_zero() {
    assertThat(Xirr.of(List.of())).satisfies(r -> {
      assertThat(r.rate()).isEmpty();
      assertThat(r.note()).contains("at least two");
    });
    assertThat(Xirr.of(List.of(flow("2020-01-01", -100), flow("2020-01-01", -50))).note()).contains("at least two");
    // two flows that cancel on one date leave one flow
    assertThat(Xirr.of(List.of(flow("2020-01-01", -100), flow("2020-06-01", 50), flow("2020-06-01", -50))).rate()).isEmpty();
    XirrResult oneSign = Xirr.of(List.of(flow("2020-01-01", -100), flow("2021-01-01", -50)));
    assertThat(oneSign.rate()).isEmpty();
    assertThat(oneSign.note()).contains("same sign");
  }

  @Test
  void same_date_flows_are_summed() {
    XirrResult split = Xirr.of(List.of(flow("2021-01-01", -60), flow("2021-01-01", -40), flow("2022-01-01", 110)));
    assertThat(split.rate()).hasValueCloseTo(0.10, within(1e-12));
  }

  @Test
  void several_roots_are_all_reported() {
    // −100 (1 + r)² + 230 (1 + r) − 132 = 0 at 1 + r = 1.1 and 1.2, in years of exactly 365 days
    XirrResult result = Xirr.of(List.of(flow("2021-01-01", -100), flow("2022-01-01", 230), flow("2023-01-01", -132)));
    assertThat(result.severalRoots()).isTrue();
    assertThat(result.roots().stream().mapToDouble(Double::doubleValue).toArray()).containsExactly(new double[] {0.10, 0.20}, within(1e-10));
    assertThat(result.rate()).hasValueCloseTo(0.10, within(1e-10));
    assertThat(result.note()).contains("2 rates");
  }

  @Test
  void a_total_loss_and_a_large_gain_are_found_outside_the_first_bracket() {
    assertThat(Xirr.of(List.of(flow("2021-01-01", -100), flow("2022-01-01", 1))).rate()).hasValueCloseTo(-0.99, within(1e-12));
    assertThat(Xirr.of(List.of(flow("2021-01-01", -100), flow("2022-01-01", 2500))).rate()).hasValueCloseTo(24.0, within(1e-9));
  }
}
