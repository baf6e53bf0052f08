package io.phasewise.application.portfolio.port.out;

import io.phasewise.domain.portfolio.Portfolio;
import java.time.Instant;

/** Outgoing port: stores a portfolio if nobody stored another version since it was read (optimistic locking). */
public interface SavePortfolioPort {

  /**
   * Stores {@code portfolio} (settings, plans, recorded prices and the revisions not stored yet; stored
   * revisions are never rewritten) and returns it with its new version (one more than it was read at;
   * 1 for a new portfolio).
   *
   * @throws StalePortfolioException when the stored version is no longer {@code portfolio.version()}
   */
  Portfolio save(Portfolio portfolio, Instant now);
}
