package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.portfolio.LedgerEvent;
import io.phasewise.domain.portfolio.Portfolio;
import java.util.Objects;

/** Both sides of a stored transfer: each portfolio as saved and the event recorded in it. */
public record TransferResult(Portfolio from, LedgerEvent transferOut, Portfolio to, LedgerEvent transferIn) {
  public TransferResult {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(transferOut, "transferOut");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(transferIn, "transferIn");
  }
}
