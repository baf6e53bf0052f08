package io.phasewise.domain.portfolio.performance;

import static io.phasewise.domain.portfolio.performance.Ledger.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.domain.portfolio.Instrument;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The worked cases T6, T10 and T11 of docs/PORTFOLIO.md through the ledger, the grid and the report. */
class PortfolioWorkedCasesTest {
  private static final Instrument A = stock(1);
  private static final Instrument B = stock(2);

  /** T6; the price reaches 200 by the close before the second deposit buys at 200, inflows counting at the start of a day. */
  private static PerformanceReport t6(double finalPrice) {
    Market market = new Market().price(A, "2023-01-01", 100).price(A, "2023-06-30", 200).price(A, "2023-12-31", finalPrice);
    Ledger ledger = new Ledger().deposit("2023-01-01", 1000).buy("2023-01-01", A, 10, 100)
        .deposit("2023-07-01", 2000).buy("2023-07-01", A, 10, 200);
    return PerformanceAnalysis.report(ledger.events(), Ledger.EUR, market.grid(),
        new ReportPeriod(LocalDate.parse("2023-01-01"), LocalDate.parse("2024-01-01")), PerformanceSettings.calendarDays(), Optional.empty());
  }

  @Test
  void t6_time_weighted_against_money_weighted() {
    PerformanceReport report = t6(150);
    assertThat(report.series().closingValue()).isEqualTo(3000);
    assertThat(report.timeWeighted().value()).hasValueCloseTo(0.50, within(1e-12));
    assertThat(report.moneyWeighted().value()).hasValueCloseTo(0.0, within(1e-12));
    assertThat(report.xirr().severalRoots()).isFalse();
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void t6_with_a_final_price_of_180() {
    PerformanceReport report = t6(180);
    assertThat(report.series().closingValue()).isEqualTo(3600);
    assertThat(report.timeWeighted().value()).hasValueCloseTo(0.80, within(1e-12));
    assertThat(report.moneyWeighted().value()).hasValueCloseTo(0.309125, within(5e-7));
    assertThat(report.modifiedDietz().value()).hasValueCloseTo(0.29877, within(5e-6));
    assertThat(report.simpleRoi().value()).hasValueCloseTo(0.2, within(1e-12));
    assertThat(report.returns()).extracting(ReturnFigure::name).containsExactly("TWR", "XIRR", "Modified Dietz", "simple ROI");
    assertThat(report.returns()).allSatisfy(f -> assertThat(f.formula()).isNotBlank());
  }

  @Test
  void t10_flows_on_the_same_day() {
    assertThat(TimeWeightedReturn.daily(1000, 500, 1575, 0)).isCloseTo(0.05, within(1e-15));
    assertThat(TimeWeightedReturn.daily(1000, 0, 720, 300)).isCloseTo(0.02, within(1e-15));

    Market deposit = new Market().price(A, "2024-01-01", 100).price(A, "2024-01-02", 107.5);
    Ledger plusDeposit = new Ledger().deposit("2024-01-01", 1000).buy("2024-01-01", A, 10, 100).deposit("2024-01-02", 500);
    assertThat(oneDay(plusDeposit, deposit).series().marketValue()).containsExactly(1000, 1575);
    assertThat(oneDay(plusDeposit, deposit).timeWeighted().value()).hasValueCloseTo(0.05, within(1e-12));

    Market withdrawal = new Market().price(A, "2024-01-01", 100).price(A, "2024-01-02", 102);
    Ledger minusWithdrawal = new Ledger().deposit("2024-01-01", 1000).buy("2024-01-01", A, 10, 100).withdraw("2024-01-02", 300);
    assertThat(oneDay(minusWithdrawal, withdrawal).series().marketValue()).containsExactly(1000, 720);
    assertThat(oneDay(minusWithdrawal, withdrawal).timeWeighted().value()).hasValueCloseTo(0.02, within(1e-12));

    Market roundTrip = new Market().price(A, "2024-01-02", 103);
    Ledger sameDay = new Ledger().deposit("2024-01-02", 1000).buy("2024-01-02", A, 10, 100).sell("2024-01-02", A, 10, 105);
    PerformanceReport report = oneDay(sameDay, roundTrip);
    assertThat(report.timeWeighted().value()).hasValueCloseTo(0.05, within(1e-12));
    assertThat(report.holdings()).singleElement().satisfies(h -> {
      assertThat(h.timeWeightedReturn()).isCloseTo(0.05, within(1e-12));
      assertThat(h.contribution()).isCloseTo(0.05, within(1e-12));
    });
    assertThat(report.warnings()).isEmpty();
  }

  @Test
  void t11_drawdown_on_the_twr_index_with_dates_not_on_market_value() {
    Market market = new Market().price(A, "2024-01-01", 100).price(A, "2024-01-02", 120).price(A, "2024-01-03", 90)
        .price(A, "2024-01-04", 110).price(A, "2024-01-05", 80).price(A, "2024-01-06", 130);
    // a withdrawal in the middle of the fall lowers the market value (to a 46.7% drawdown), not the index
    Ledger ledger = new Ledger().deposit("2024-01-01", 1000).buy("2024-01-01", A, 10, 100)
        .sell("2024-01-04", A, 2, 110).withdraw("2024-01-04", 220);
    PerformanceReport report = PerformanceAnalysis.report(ledger.events(), Ledger.EUR, market.grid(),
        new ReportPeriod(LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-06")), PerformanceSettings.calendarDays(), Optional.empty());
    assertThat(report.series().marketValue()).containsExactly(1000, 1200, 900, 880, 640, 1040);
    assertThat(report.series().twr().index()).containsExactly(new double[] {1, 1.2, 0.9, 1.1, 0.8, 1.3}, within(1e-12));
    DrawdownPeriod drawdown = report.risk().maxDrawdown().orElseThrow();
    assertThat(drawdown.depth()).isCloseTo(-1.0 / 3, within(1e-12));
    assertThat(drawdown.peak()).isEqualTo("2024-01-02");
    assertThat(drawdown.trough()).isEqualTo("2024-01-05");
    assertThat(drawdown.recovery()).contains(LocalDate.parse("2024-01-06"));
  }

  @Test
  void holdings_and_cash_contributions_add_up_to_the_twr() {
    Market market = new Market().price(A, "2024-01-01", 100).price(B, "2024-01-01", 100)
        .price(A, "2024-01-02", 110).price(B, "2024-01-02", 95).price(A, "2024-01-03", 121);
    Ledger ledger = new Ledger().deposit("2024-01-01", 2000).buy("2024-01-01", A, 10, 100).buy("2024-01-01", B, 10, 100);
    PerformanceReport report = PerformanceAnalysis.report(ledger.events(), Ledger.EUR, market.grid(),
        new ReportPeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-03")), PerformanceSettings.calendarDays(), Optional.empty());
    assertThat(report.timeWeighted().value()).hasValueCloseTo(0.08, within(1e-12));
    assertThat(report.holdings().stream().mapToDouble(HoldingReturn::timeWeightedReturn).toArray()).containsExactly(new double[] {0.21, -0.05}, within(1e-12));
    assertThat(report.holdings().stream().mapToDouble(HoldingReturn::contribution).toArray()).containsExactly(new double[] {0.105, -0.025}, within(1e-12));
    assertThat(report.cashContribution()).isCloseTo(0, within(1e-12));
  }

  private static PerformanceReport oneDay(Ledger ledger, Market market) {
    LocalDate day = LocalDate.parse("2024-01-02");
    return PerformanceAnalysis.report(ledger.events(), Ledger.EUR, market.grid(), new ReportPeriod(day, day),
        PerformanceSettings.calendarDays(), Optional.empty());
  }
}
