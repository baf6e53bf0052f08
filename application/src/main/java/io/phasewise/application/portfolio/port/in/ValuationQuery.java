package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Query: portfolio {@code portfolio} as seen by {@code owner}, valued as of the end of {@code asOf}
 * ({@code null}: today, UTC); a day from {@link #EARLIEST} to {@link #LATEST}.
 */
public record ValuationQuery(UserId owner, PortfolioId portfolio, LocalDate asOf) {
  /** The earliest day a portfolio is valued or measured on. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  /** The latest such day. */
  public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  public ValuationQuery {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    if (asOf != null) checkDay("asOf", asOf);
  }

  /** Refuses, naming {@code field}, a day before {@link #EARLIEST} or after {@link #LATEST}. */
  static void checkDay(String field, LocalDate day) {
    if (day.isBefore(EARLIEST) || day.isAfter(LATEST)) {
      throw new InvalidInputException(field, field + " must lie between " + EARLIEST + " and " + LATEST + ", not " + day);
    }
  }
}
