package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.Portfolio;
import java.util.Objects;

/** A stored change of a ledger: the portfolio as saved (with its new version) and the event recorded, edited or deleted. */
public record LedgerChange(Portfolio portfolio, LedgerEvent event) {
  public LedgerChange {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(event, "event");
  }
}
