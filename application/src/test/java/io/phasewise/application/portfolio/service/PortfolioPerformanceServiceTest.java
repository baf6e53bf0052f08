package io.phasewise.application.portfolio.service;

import static io.phasewise.application.portfolio.service.PortfolioTestBed.USD;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.buy;
import static io.phasewise.application.portfolio.service.PortfolioTestBed.deposit;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.phasewise.application.portfolio.port.in.PerformanceQuery;
import io.phasewise.application.portfolio.port.in.PortfolioPerformance;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.performance.BenchmarkComparison;
import io.phasewise.domain.portfolio.performance.PerformanceReport;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Performance through the wired use case: T6 of PORTFOLIO.md on stored candles, a benchmark, default dates, ownership and the period's limits. */
class PortfolioPerformanceServiceTest {
  private final PortfolioTestBed bed = new PortfolioTestBed();
  private final AssetId stock = bed.asset("TSIX", AssetType.STOCK, "USD");
  private final Portfolio portfolio = bed.open("T6", USD);

  PortfolioPerformanceServiceTest() {
    bed.record(portfolio.id(), deposit("2023-01-01", "1000"));
    bed.record(portfolio.id(), buy(stock, "2023-01-01", "10", "100", "0"));
    bed.record(portfolio.id(), deposit("2023-07-01", "2000"));
    bed.record(portfolio.id(), buy(stock, "2023-07-01", "10", "200", "0"));
  }

  private static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  private void closes(AssetId asset, String... dayAndClose) {
    List<Candle> bars = new ArrayList<>();
    for (int i = 0; i < dayAndClose.length; i += 2) bars.add(candle(day(dayAndClose[i]), dayAndClose[i + 1], "test"));
    bed.dailyCandles(asset, bars);
  }

  private PerformanceQuery query(String from, String to, Optional<AssetId> benchmark) {
    return new PerformanceQuery(bed.owner, portfolio.id(), from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
        benchmark, OptionalDouble.empty(), OptionalDouble.empty());
  }

  private PerformanceReport report(String from, String to) {
    return bed.useCases.performance().performance(query(from, to, Optional.empty())).get().report();
  }

  @ParameterizedTest(name = "final price {0}: TWR {1}, XIRR {2}")
  @CsvSource({"150, 0.50, 0.0, 3000", "180, 0.80, 0.309125, 3600"})
  void t6_time_weighted_and_money_weighted_returns_of_two_deposits(String finalPrice, double twr, double xirr, double value) {
    closes(stock, "2023-01-01", "100", "2023-06-30", "200", "2023-12-31", finalPrice);

    PerformanceReport r = report("2023-01-01", "2024-01-01");

    assertThat(r.series().closingValue()).isCloseTo(value, within(1e-9));
    assertThat(r.timeWeighted().value().getAsDouble()).isCloseTo(twr, within(1e-12));
    assertThat(r.moneyWeighted().value().getAsDouble()).isCloseTo(xirr, within(5e-7));
    assertThat(r.returns()).extracting(f -> f.name()).containsExactly("TWR", "XIRR", "Modified Dietz", "simple ROI");
    assertThat(r.returns()).allSatisfy(f -> assertThat(f.formula()).isNotBlank());
    assertThat(r.holdings()).singleElement().satisfies(h -> assertThat(h.contribution()).isCloseTo(twr, within(1e-12)));
    assertThat(r.warnings()).isEmpty();
  }

  @Test
  void t6_modified_dietz_at_180() {
    closes(stock, "2023-01-01", "100", "2023-06-30", "200", "2023-12-31", "180");

    assertThat(report("2023-01-01", "2024-01-01").modifiedDietz().value().getAsDouble()).isCloseTo(0.29877, within(5e-6));
  }

  @Test
  void a_benchmark_is_compared_on_its_adjusted_closes_on_the_days_it_has_one_and_named() {
    closes(stock, "2023-01-01", "100", "2023-06-30", "200", "2023-12-31", "150");
    AssetId index = bed.asset("BENCH", AssetType.INDEX, "USD");
    Candle split = candle(day("2023-07-01"), "30", "test");
    bed.dailyCandles(index, List.of(candle(day("2023-01-01"), "50", "test"),
        new Candle(split.time(), split.open(), split.high(), split.low(), split.close(), split.volume(), null, null, new BigDecimal("2"), "test"),
        candle(day("2024-01-01"), "30", "test")));

    PortfolioPerformance p = bed.useCases.performance().performance(query("2023-01-01", "2024-01-01", Optional.of(index))).get();

    assertThat(p.benchmark()).hasValueSatisfying(b -> {
      assertThat(b.asset().symbol()).isEqualTo("BENCH");
      assertThat(b.index()[1]).isEqualTo(1);
      assertThat(b.index()[0]).as("no close on the opening day").isNaN();
      assertThat(b.index()[366]).isCloseTo(1.2, within(1e-12));
    });
    BenchmarkComparison c = p.report().benchmark().orElseThrow();
    assertThat(c.from()).isEqualTo(LocalDate.parse("2023-01-01"));
    assertThat(c.commonPoints()).isEqualTo(3);
    assertThat(c.benchmarkReturn()).as("the 2:1 split is no loss").isCloseTo(0.20, within(1e-12));
    assertThat(c.portfolioReturn()).isCloseTo(0.50, within(1e-12));
    assertThat(c.excessReturn()).isCloseTo(0.30, within(1e-12));
  }

  @Test
  void an_unknown_benchmark_is_an_invalid_benchmark_and_another_users_portfolio_is_not_found() {
    Failure unknown = bed.useCases.performance().performance(query("2023-01-01", "2024-01-01",
        Optional.of(new AssetId(999_999)))).getLeft();
    assertThat(unknown).isInstanceOfSatisfying(Failure.InvalidInput.class,
        f -> assertThat(f.errors()).extracting(e -> e.field()).containsExactly("benchmark"));

    Failure stranger = bed.useCases.performance().performance(PerformanceQuery.sinceInception(bed.stranger, portfolio.id())).getLeft();
    assertThat(stranger).isEqualTo(new Failure.NotFound("portfolio", portfolio.id().toString()));
  }

  @Test
  void without_dates_the_period_runs_from_the_first_event_to_today_by_the_clock() {
    closes(stock, "2023-01-01", "100", "2023-06-30", "200", "2023-12-31", "150");

    PerformanceReport r = bed.useCases.performance().performance(PerformanceQuery.sinceInception(bed.owner, portfolio.id())).get().report();

    assertThat(r.period().from()).isEqualTo(LocalDate.parse("2023-01-01"));
    assertThat(r.period().to()).isEqualTo(LocalDate.parse("2025-04-01"));
    assertThat(r.timeWeighted().value().getAsDouble()).isCloseTo(0.50, within(1e-12));
  }

  @Test
  void a_reversed_too_long_or_too_early_period_and_bad_settings_are_refused_naming_the_field() {
    refused("to", () -> query("2024-01-02", "2024-01-01", Optional.empty()));
    refused("from", () -> query("1970-01-01", "2020-01-02", Optional.empty()));
    refused("from", () -> query("1899-12-31", "1900-01-02", Optional.empty()));
    refused("to", () -> query(null, "1899-12-31", Optional.empty()));
    refused("periodsPerYear", () -> new PerformanceQuery(bed.owner, portfolio.id(), null, null, Optional.empty(), OptionalDouble.of(0),
        OptionalDouble.empty()));
    refused("riskFreeRate", () -> new PerformanceQuery(bed.owner, portfolio.id(), null, null, Optional.empty(), OptionalDouble.empty(),
        OptionalDouble.of(-1)));
    assertThat(query("1970-01-01", "2020-01-01", Optional.empty()).to()).as("exactly 50 years").isEqualTo("2020-01-01");

    Failure tooLongFromTheLedger = bed.useCases.performance().performance(query(null, "2080-01-01", Optional.empty())).getLeft();
    assertThat(tooLongFromTheLedger).isInstanceOfSatisfying(Failure.InvalidInput.class,
        f -> assertThat(f.errors()).extracting(e -> e.field()).containsExactly("from"));
  }

  private static void refused(String field, ThrowingCallable query) {
    assertThatThrownBy(query).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
  }
}
