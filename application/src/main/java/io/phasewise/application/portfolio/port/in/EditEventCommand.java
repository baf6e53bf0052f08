package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.Objects;
import java.util.OptionalLong;

/** Command: {@code owner} replaces event {@code event} of {@code portfolio} by {@code replacement}, as a new revision. */
public record EditEventCommand(UserId owner, PortfolioId portfolio, LedgerEventId event, EventDetails replacement,
    OptionalLong expectedVersion) {
  public EditEventCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(replacement, "replacement");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
