package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.Objects;
import java.util.OptionalLong;

/** Command: {@code owner} adds an event to the ledger of {@code portfolio}, only at {@code expectedVersion} if given. */
public record RecordEventCommand(UserId owner, PortfolioId portfolio, EventDetails event, OptionalLong expectedVersion) {
  public RecordEventCommand {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(expectedVersion, "expectedVersion");
  }
}
