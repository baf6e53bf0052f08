package io.phasewise.application.portfolio.model;

/** A line of a statement: an activity read from it, or the reason it could not be read. */
public sealed interface StatementRow {

  /** The 1-based line of the file the row came from. */
  long line();

  /** A line read as an activity (a Kraken trade spread over two ledger lines reports its first). */
  record Read(long line, StatementActivity activity) implements StatementRow {}

  /** A line that is not a valid activity, and why. */
  record Unreadable(long line, String reason) implements StatementRow {}

  /** A line that is valid but not a ledger activity (a header repeat, a summary, a zero transfer). */
  record Skipped(long line, String reason) implements StatementRow {}
}
