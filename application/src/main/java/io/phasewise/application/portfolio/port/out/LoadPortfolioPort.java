package io.phasewise.application.portfolio.port.out;

import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.List;
import java.util.Optional;

/** Outgoing port: stored portfolios, always read through their owner (another user's portfolio is not found). */
public interface LoadPortfolioPort {

  /** The portfolio {@code id} with its whole audit trail, if {@code owner} owns it. */
  Optional<Portfolio> find(UserId owner, PortfolioId id);

  /** {@code owner}'s portfolios, by name, without their ledgers. */
  List<PortfolioSummaryRow> list(UserId owner);
}
