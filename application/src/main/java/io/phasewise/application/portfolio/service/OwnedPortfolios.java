package io.phasewise.application.portfolio.service;

import io.phasewise.application.portfolio.port.out.LoadPortfolioPort;
import io.phasewise.application.portfolio.port.out.SavePortfolioPort;
import io.phasewise.application.portfolio.port.out.StalePortfolioException;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.Portfolio;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Portfolios as every service reads and saves them: through their owner (another user's portfolio is
 * not found, like a missing one), at the version the caller expects, and saved with a lost race as a
 * conflict.
 */
final class OwnedPortfolios {
  private final LoadPortfolioPort load;
  private final SavePortfolioPort save;
  private final Clock clock;

  OwnedPortfolios(LoadPortfolioPort load, SavePortfolioPort save, Clock clock) {
    this.load = load;
    this.save = save;
    this.clock = clock;
  }

  /** Portfolio {@code id} if {@code owner} owns it, else not found. */
  static Either<Failure, Portfolio> find(LoadPortfolioPort load, UserId owner, PortfolioId id) {
    return load.find(owner, id).<Either<Failure, Portfolio>>map(Either::right)
        .orElseGet(() -> Either.left(new Failure.NotFound("portfolio", id.toString())));
  }

  Either<Failure, Portfolio> find(UserId owner, PortfolioId id) {
    return find(load, owner, id);
  }

  /** The portfolio, if it is still at {@code expected} (when given). */
  Either<Failure, Portfolio> find(UserId owner, PortfolioId id, OptionalLong expected) {
    return find(load, owner, id).flatMap(p -> expected.isPresent() && expected.getAsLong() != p.version()
        ? Either.left(new Failure.Conflict("portfolio " + id + " is at version " + p.version() + ", not the expected "
            + expected.getAsLong() + "; read it again and retry"))
        : Either.right(p));
  }

  /** {@code portfolio} stored with its next version; a conflict when another change was stored since it was read. */
  Either<Failure, Portfolio> save(Portfolio portfolio) {
    try {
      return Either.right(save.save(portfolio, clock.instant()));
    } catch (StalePortfolioException raced) {
      return Either.left(new Failure.Conflict(raced.getMessage()));
    }
  }
}
