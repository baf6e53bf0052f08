package io.phasewise.adapters.rest.portfolio;

import io.phasewise.adapters.rest.problem.FailureException;
import io.phasewise.domain.portfolio.LedgerEventId;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.shared.Failure;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The ids in a portfolio path: text that is no canonical UUID names nothing, so it is the same 404 as
 * an id that names no portfolio or event of the caller's.
 */
final class PathIds {
  private static final Pattern CANONICAL = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private PathIds() {}

  static PortfolioId portfolio(String text) {
    return uuid(text).map(PortfolioId::of).orElseThrow(() -> new FailureException(new Failure.NotFound("portfolio", text)));
  }

  static LedgerEventId event(String text) {
    return uuid(text).map(LedgerEventId::of).orElseThrow(() -> new FailureException(new Failure.NotFound("ledger event", text)));
  }

  /** {@code text} as a UUID when it is one in canonical form (any case); {@code UUID.fromString} accepts "1-1-1-1-1". */
  static Optional<UUID> uuid(String text) {
    if (text == null || !CANONICAL.matcher(text).matches()) return Optional.empty();
    return Optional.of(UUID.fromString(text.toLowerCase(Locale.ROOT)));
  }
}
