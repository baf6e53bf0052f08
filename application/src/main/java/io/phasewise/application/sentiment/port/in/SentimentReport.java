package io.phasewise.application.sentiment.port.in;

import io.phasewise.application.sentiment.model.SentimentRejection;
import java.util.Comparator;
import java.util.List;

/**
 * What recording a batch of observations did: rows read, observations inserted, updated (their values
 * changed) and unchanged, and every problem of every rejected row, in row order.
 */
public record SentimentReport(String origin, long read, long inserted, long updated, long unchanged,
    List<SentimentRejection> rejections) {

  public SentimentReport {
    rejections = rejections.stream().sorted(Comparator.comparingLong(SentimentRejection::row)).toList();
    if (inserted < 0 || updated < 0 || unchanged < 0) throw new IllegalArgumentException("negative count");
    long rejectedRows = rejections.stream().mapToLong(SentimentRejection::row).distinct().count();
    if (inserted + updated + unchanged + rejectedRows != read) {
      throw new IllegalArgumentException("every row read is stored, unchanged or rejected: read " + read + ", inserted "
          + inserted + ", updated " + updated + ", unchanged " + unchanged + ", rejected " + rejectedRows);
    }
  }

  /** Rows rejected (each may have several {@link #rejections()}). */
  public long rejected() {
    return read - inserted - updated - unchanged;
  }

  /** Observations written: new plus changed. */
  public long stored() {
    return inserted + updated;
  }

  @Override
  public String toString() {
    return origin + ": read " + read + ", stored " + stored() + " (" + inserted + " new, " + updated + " changed), unchanged "
        + unchanged + ", rejected " + rejected();
  }
}
