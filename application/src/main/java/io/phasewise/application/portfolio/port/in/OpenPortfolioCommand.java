package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.Objects;

/** Command: {@code owner} opens an empty portfolio named {@code name} (stripped, not blank); the booking method defaults to FIFO. */
public record OpenPortfolioCommand(UserId owner, String name, CurrencyCode baseCurrency, BookingMethod method, boolean allowShorts) {
  public OpenPortfolioCommand {
    Objects.requireNonNull(owner, "owner");
    if (name == null || name.isBlank()) throw new InvalidInputException("name", "a portfolio needs a name");
    name = name.strip();
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    method = method == null ? BookingMethod.FIFO : method;
  }
}
