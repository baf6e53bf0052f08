package io.phasewise.application.portfolio.port.in;

import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.Objects;

/** Query: portfolio {@code portfolio} as seen by {@code owner} (another user's is not found). */
public record PortfolioQuery(UserId owner, PortfolioId portfolio) {
  public PortfolioQuery {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(portfolio, "portfolio");
  }
}
