package io.phasewise.domain.portfolio.performance;

import static io.phasewise.domain.portfolio.performance.Ledger.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.domain.portfolio.Instrument;
import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.LedgerEventType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyValuationTest {
  private static final Instrument A = stock(1);
  private static final ReportPeriod JANUARY = new ReportPeriod(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-05"));

  @Test
  void a_split_day_whose_price_moved_only_by_the_split_returns_zero() {
    Market market = new Market().price(A, "2024-01-01", 100).price(A, "2024-01-03", 50).split(A, "2024-01-03", 2, 1);
    // the buy on the split day is already in post-split units
    Ledger ledger = new Ledger().deposit("2024-01-01", 1250).buy("2024-01-01", A, 10, 100).buy("2024-01-03", A, 5, 50);
    ValueSeries series = DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY);
    assertThat(series.marketValue()).containsExactly(0, 1250, 1250, 1250, 1250, 1250);
    assertThat(series.twr().returns()).containsOnly(0.0);
    assertThat(series.holdings()).singleElement().satisfies(h -> {
      assertThat(h.closingValue()).isEqualTo(25 * 50);
      assertThat(h.timeWeightedReturn()).isZero();
    });
    assertThat(series.warnings()).isEmpty();
  }

  @Test
  void a_split_before_the_period_is_in_the_opening_quantity() {
    Market market = new Market().price(A, "2023-12-01", 100).price(A, "2023-12-15", 25).split(A, "2023-12-15", 4, 1);
    Ledger ledger = new Ledger().deposit("2023-12-01", 1000).buy("2023-12-01", A, 10, 100);
    assertThat(DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY).openingValue()).isEqualTo(1000);
  }

  @Test
  void foreign_cash_and_holdings_are_valued_at_the_day_rate_and_flows_too() {
    Instrument usStock = new Instrument.Tracked(io.phasewise.domain.market.AssetId.of(7), Ledger.USD);
    Market market = new Market().price(usStock, "2024-01-01", 110).rate(Ledger.USD, "2024-01-01", 1.10).rate(Ledger.USD, "2024-01-03", 1.00);
    Ledger ledger = new Ledger().cash(LedgerEventType.DEPOSIT, "2024-01-01", 1210, Ledger.USD).buy("2024-01-01", usStock, 10, 110);
    ValueSeries series = DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY);
    assertThat(series.marketValue()).containsExactly(new double[] {0, 1100, 1100, 1210, 1210, 1210}, within(1e-9));
    assertThat(series.inflow()[1]).isCloseTo(1100, within(1e-9));
    assertThat(series.twr().total()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void a_missing_rate_is_never_one_but_a_warning_naming_the_pair_and_the_day() {
    Instrument usStock = new Instrument.Tracked(io.phasewise.domain.market.AssetId.of(7), Ledger.USD);
    Market market = new Market().price(usStock, "2024-01-01", 110).rate(Ledger.USD, "2024-01-03", 1.00);
    Ledger ledger = new Ledger().cash(LedgerEventType.DEPOSIT, "2024-01-02", 1100, Ledger.USD);
    ValueSeries series = DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY);
    assertThat(series.marketValue()).containsExactly(0, 0, 0, 1100, 1100, 1100);
    assertThat(series.warnings()).extracting(PerformanceWarning::day).contains(LocalDate.parse("2024-01-02"));
    assertThat(series.warnings()).anySatisfy(w -> assertThat(w.message()).contains("USD/EUR").contains("2024-01-02"));
  }

  @Test
  void trade_prices_stand_in_before_the_first_close_and_an_unpriced_delivery_is_reported() {
    Instrument fund = new Instrument.External("FUND", Ledger.EUR);
    Market market = new Market().price(A, "2024-01-04", 120).price(fund, "2024-01-04", 10);
    Ledger ledger = new Ledger().deposit("2024-01-01", 1000).buy("2024-01-01", A, 10, 100)
        .add(LedgerEventType.DELIVERY_IN, "2024-01-02", fund, 5, 0, 0, 0, Ledger.EUR);
    ValueSeries series = DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY);
    assertThat(series.marketValue()).containsExactly(0, 1000, 1000, 1000, 1250, 1250);
    assertThat(series.warnings()).anySatisfy(w -> {
      assertThat(w.day()).isEqualTo("2024-01-02");
      assertThat(w.message()).contains("no price of FUND");
    });
  }

  @Test
  void deliveries_and_transfers_are_flows_at_the_day_value_and_fees_are_costs() {
    Market market = new Market().price(A, "2024-01-01", 100).price(A, "2024-01-03", 110);
    Ledger ledger = new Ledger().deposit("2024-01-01", 100)
        .add(LedgerEventType.DELIVERY_IN, "2024-01-02", A, 10, 0, 0, 2, Ledger.EUR)
        .add(LedgerEventType.TRANSFER_OUT, "2024-01-04", A, 5, 0, 0, 0, Ledger.EUR);
    ValueSeries series = DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY);
    assertThat(series.inflow()).containsExactly(0, 100, 1000, 0, 0, 0);
    assertThat(series.outflow()).containsExactly(0, 0, 0, 0, 550, 0);
    assertThat(series.marketValue()).containsExactly(0, 100, 1098, 1198, 648, 648);
    assertThat(series.twr().returns()[1]).isCloseTo(1098.0 / 1100 - 1, within(1e-15));
  }

  @Test
  void shorts_count_negative_and_covering_adds_back() {
    Market market = new Market().price(A, "2024-01-01", 50).price(A, "2024-01-03", 40);
    Ledger ledger = new Ledger().deposit("2024-01-01", 1000).trade(LedgerEventType.SELL_SHORT, "2024-01-01", A, 10, 50, 1)
        .trade(LedgerEventType.BUY_TO_COVER, "2024-01-04", A, 10, 40, 1);
    ValueSeries series = DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY);
    assertThat(series.marketValue()).containsExactly(0, 999, 999, 1099, 1098, 1098);
  }

  @Test
  void a_day_that_ends_with_value_from_nothing_returns_zero_with_a_warning_and_a_transfer_is_a_flow() {
    Market market = new Market().price(A, "2024-01-01", 100);
    // a transfer in is a flow at the day's value; interest into an empty portfolio is not
    Ledger ledger = new Ledger().add(LedgerEventType.TRANSFER_IN, "2024-01-02", A, 1, 0, 0, 0, Ledger.EUR);
    Ledger interest = new Ledger().cash(LedgerEventType.INTEREST, "2024-01-02", 5, Ledger.EUR);
    ValueSeries series = DailyValuation.of(interest.events(), Ledger.EUR, market.grid(), JANUARY);
    assertThat(series.twr().returns()).containsOnly(0.0);
    assertThat(series.warnings()).singleElement().satisfies(w -> assertThat(w.day()).isEqualTo("2024-01-02"));
    assertThat(DailyValuation.of(ledger.events(), Ledger.EUR, market.grid(), JANUARY).warnings()).isEmpty();
  }

  @Test
  void refuses_a_ledger_out_of_order_and_ignores_events_after_the_period() {
    List<LedgerEvent> events = new ArrayList<>(new Ledger().deposit("2024-01-03", 1).deposit("2024-01-02", 1).events());
    assertThatThrownBy(() -> DailyValuation.of(events, Ledger.EUR, new Market().grid(), JANUARY)).hasMessageContaining("ledger order");
    ValueSeries later = DailyValuation.of(new Ledger().deposit("2024-01-02", 5).deposit("2024-02-01", 7).events(), Ledger.EUR,
        new Market().grid(), JANUARY);
    assertThat(later.closingValue()).isEqualTo(5);
  }

  @Test
  void a_benchmark_identical_to_the_portfolio() {
    Market market = new Market().price(A, "2023-12-31", 100).price(A, "2024-01-02", 104).price(A, "2024-01-03", 99)
        .price(A, "2024-01-04", 101).price(A, "2024-01-05", 108);
    Ledger ledger = new Ledger().deposit("2023-12-31", 1000).buy("2023-12-31", A, 10, 100);
    double[] closes = market.grid().closes(A, JANUARY.opening(), JANUARY.days() + 1);
    closes[2] = Double.NaN;
    PerformanceReport report = PerformanceAnalysis.report(ledger.events(), Ledger.EUR, market.grid(), JANUARY,
        PerformanceSettings.calendarDays(), Optional.of(closes));
    BenchmarkComparison comparison = report.benchmark().orElseThrow();
    assertThat(comparison.commonPoints()).isEqualTo(5);
    assertThat(comparison.beta()).isCloseTo(1, within(1e-12));
    assertThat(comparison.trackingError()).isCloseTo(0, within(1e-12));
    assertThat(comparison.excessReturn()).isCloseTo(0, within(1e-12));
    assertThat(comparison.benchmarkReturn()).isCloseTo(0.08, within(1e-12));
    assertThat(report.risk().cagr()).isCloseTo(Math.pow(1.08, 365.25 / 5) - 1, within(1e-9));
  }
}
