package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.InvalidInputException;
import java.util.Objects;

/** Query: the newest {@code limit} (1-{@value #MAX_LIMIT}) sync log entries of {@code portfolio}, as seen by {@code owner}. */
public record SyncLogQuery(UserId owner, PortfolioId portfolio, int limit) {
  public static final int MAX_LIMIT = 500;

  public SyncLogQuery {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
    if (limit < 1 || limit > MAX_LIMIT) throw new InvalidInputException("limit", "limit must be in 1.." + MAX_LIMIT + ", not " + limit);
  }
}
