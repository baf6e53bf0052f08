package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.application.portfolio.port.in.PerformanceQuery;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The period and settings of a performance read, each refused naming its parameter when it does not
 * parse. Fields are public so the OpenAPI generator sees them as parameters.
 */
public final class PerformanceParams {
  @QueryParam("from")
  @Parameter(description = "first day of the period (ISO date); flows on it belong to the period, which opens at the close of the day "
      + "before. Default: the day of the ledger's first event", example = "2024-01-01")
  public String from;

  @QueryParam("to")
  @Parameter(description = "last day of the period, included (ISO date); default: today (UTC). At most 50 years after 'from', "
      + "both between 1900-01-01 and 9999-12-31", example = "2024-12-31")
  public String to;

  @QueryParam("benchmark")
  @Parameter(description = "the id of a stored asset to compare with, on its closes adjusted for splits and dividends")
  public String benchmark;

  @QueryParam("periodsPerYear")
  @Parameter(description = "P for annualising the daily figures, 1-366; default 365 (the calendar days the portfolio is valued on)")
  public String periodsPerYear;

  @QueryParam("riskFreeRate")
  @Parameter(description = "the annual risk-free rate of Sharpe as a fraction in (-1, 1]; default 0", example = "0.03")
  public String riskFreeRate;

  PerformanceQuery query(UserId owner, PortfolioId portfolio) {
    return new PerformanceQuery(owner, portfolio, day("from", from), day("to", to), benchmark(), number("periodsPerYear", periodsPerYear),
        number("riskFreeRate", riskFreeRate));
  }

  /** An ISO date, {@code null} when absent; else a 400 naming {@code name}. */
  static LocalDate day(String name, String raw) {
    if (raw == null || raw.isBlank()) return null;
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw FailureException.invalid(name, "must be an ISO-8601 date such as 2024-01-31, not '" + raw + "'");
    }
  }

  private Optional<AssetId> benchmark() {
    if (benchmark == null || benchmark.isBlank()) return Optional.empty();
    try {
      long id = Long.parseLong(benchmark);
      if (id > 0) return Optional.of(AssetId.of(id));
    } catch (NumberFormatException notANumber) {
      // refused below like any other bad id
    }
    throw FailureException.invalid("benchmark", "'" + benchmark + "' is not an asset id (a positive whole number)");
  }

  private static OptionalDouble number(String name, String raw) {
    if (raw == null || raw.isBlank()) return OptionalDouble.empty();
    try {
      double value = Double.parseDouble(raw);
      if (Double.isFinite(value)) return OptionalDouble.of(value);
    } catch (NumberFormatException notANumber) {
      // refused below like any other bad number
    }
    throw FailureException.invalid(name, "must be a decimal number, not '" + raw + "'");
  }
}
