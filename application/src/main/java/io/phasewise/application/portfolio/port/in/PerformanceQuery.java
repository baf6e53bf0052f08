package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.performance.PerformanceSettings;
import io.phasewise.domain.portfolio.performance.ReportPeriod;
import io.phasewise.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Query: the performance of {@code portfolio} as seen by {@code owner} over {@code from}..{@code to}
 * (both included; {@code null} from: the day of the ledger's first event, {@code null} to: today, UTC),
 * at most {@value #MAX_YEARS} years between {@link ValuationQuery#EARLIEST} and {@link ValuationQuery#LATEST}.
 *
 * @param benchmark a stored asset to compare the TWR index with, on its closes adjusted for splits and dividends
 * @param periodsPerYear P for annualising the daily figures (default 365, the calendar days the portfolio is valued on), 1-366
 * @param riskFreeRate the annual risk-free rate for Sharpe as a fraction (default 0), in (−1, 1]
 */
public record PerformanceQuery(
    UserId owner, PortfolioId portfolio, LocalDate from, LocalDate to, Optional<AssetId> benchmark, OptionalDouble periodsPerYear,
    OptionalDouble riskFreeRate) {
  /** The longest period measured. */
  public static final int MAX_YEARS = 50;

  public PerformanceQuery {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(periodsPerYear, "periodsPerYear");
    Objects.requireNonNull(riskFreeRate, "riskFreeRate");
    if (from != null) ValuationQuery.checkDay("from", from);
    if (to != null) ValuationQuery.checkDay("to", to);
    if (from != null && to != null) period(from, to);
    periodsPerYear.ifPresent(p -> {
      if (!(p >= 1 && p <= 366)) throw new InvalidInputException("periodsPerYear", "periodsPerYear must lie in 1..366, not " + p);
    });
    riskFreeRate.ifPresent(r -> {
      if (!(r > -1 && r <= 1)) throw new InvalidInputException("riskFreeRate", "riskFreeRate is a fraction in (-1, 1], not " + r);
    });
  }

  /** The query of the whole history to today with no benchmark and the default settings. */
  public static PerformanceQuery sinceInception(UserId owner, PortfolioId portfolio) {
    return new PerformanceQuery(owner, portfolio, null, null, Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty());
  }

  /** The period {@code from}..{@code to}, refused naming the field when it is reversed, too long or out of range. */
  public static ReportPeriod period(LocalDate from, LocalDate to) {
    ValuationQuery.checkDay("from", from);
    ValuationQuery.checkDay("to", to);
    ReportPeriod period = new ReportPeriod(from, to);
    if (from.plusYears(MAX_YEARS).isBefore(to)) {
      throw new InvalidInputException("from", "a period spans at most " + MAX_YEARS + " years, not " + from + " to " + to);
    }
    return period;
  }

  /** The settings of the risk figures: P and the risk-free rate as asked, a Sortino target of 0. */
  public PerformanceSettings settings() {
    return new PerformanceSettings(periodsPerYear.orElse(365), riskFreeRate.orElse(0), 0);
  }
}
