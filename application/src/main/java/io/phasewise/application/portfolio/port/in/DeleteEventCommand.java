package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.Objects;
import java.util.OptionalLong;

/** Command: {@code owner} deletes event {@code event} of {@code portfolio}, as a new revision that keeps what it was. */
public record DeleteEventCommand(UserId owner, PortfolioId portfolio, LedgerEventId event, OptionalLong expectedVersion) {
  public DeleteEventCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
