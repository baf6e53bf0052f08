package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.BookingMethod;
import io.phasewise.domain.portfolio.CurrencyCode;
import java.util.Objects;

/** Command: {@code owner} opens an empty portfolio; the booking method defaults to FIFO. */
public record OpenPortfolioCommand(UserId owner, String name, CurrencyCode baseCurrency, BookingMethod method, boolean allowShorts) {
  public OpenPortfolioCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(baseCurrency, "baseCurrency");
    method = method == null ? BookingMethod.FIFO : method;
  }
}
