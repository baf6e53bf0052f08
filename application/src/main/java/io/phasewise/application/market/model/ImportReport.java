package io.phasewise.application.market.model;

import java.util.List;

/**
 * What an import did: rows read, candles inserted, updated (changed) and unchanged, and each
 * rejected row with its line and reason.
 */
public record ImportReport(String origin, long read, long inserted, long updated, long unchanged,
    List<CandleRow.Rejected> rejected) {

  public ImportReport {
    rejected = List.copyOf(rejected);
    if (inserted + updated + unchanged + rejected.size() > read) {
      throw new IllegalArgumentException("more rows accounted for than read: " + read);
    }
  }

  /** Rows rejected: every row read is stored, unchanged or rejected ({@link #rejected()} may be a truncated log). */
  public long rejectedCount() {
    return read - inserted - updated - unchanged;
  }

  /** Candles written by this import: new plus changed. */
  public long stored() {
    return inserted + updated;
  }

  @Override
  public String toString() {
    return origin + ": read " + read + ", stored " + stored() + " (" + inserted + " new, " + updated
        + " changed), unchanged " + unchanged + ", rejected " + rejectedCount();
  }
}
