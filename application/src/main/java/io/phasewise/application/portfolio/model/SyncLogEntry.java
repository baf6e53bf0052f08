package io.phasewise.application.portfolio.model;

import io.phasewise.domain.portfolio.PortfolioId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One import or sync of a portfolio, as its sync log keeps it: where the rows came from, how many
 * were stored, already there, skipped or refused, and the first refusals with their lines.
 *
 * @param source where the rows came from: {@code csv}, {@code ibkr}, {@code kraken}, {@code kucoin},
 *     {@code yahoo}, {@code ghostfolio}, {@code manual}
 * @param errors at most {@link #MAX_ERRORS} refusals, each "line N: reason"
 */
public record SyncLogEntry(
    UUID id,
    PortfolioId portfolio,
    String source,
    String format,
    String origin,
    Instant startedAt,
    Instant finishedAt,
    int read,
    int stored,
    int alreadyStored,
    int skipped,
    int refused,
    SyncStatus status,
    List<String> errors) {
  public static final int MAX_ERRORS = 100;

  public SyncLogEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    errors = List.copyOf(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
  }

  /** How a sync ended. */
  public enum SyncStatus {
    /** Every row stored or already there. */
    SUCCESS,
    /** Some rows stored, some refused. */
    PARTIAL,
    /** Nothing could be stored. */
    FAILED
  }
}
