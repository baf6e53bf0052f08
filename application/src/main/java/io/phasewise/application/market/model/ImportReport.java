package io.phasewise.application.market.model;

import io.phasewise.domain.shared.InputText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an import did: rows read, candles inserted, updated (changed) and unchanged, the first
 * {@value #LISTED_REJECTIONS} rejected rows with their line and reason (all of them counted), and the
 * stored bars flagged as outliers ({@code OutlierRule}). The origin (a file name, possibly a client's)
 * is kept printable.
 */
public record ImportReport(String origin, long read, long inserted, long updated, long unchanged,
    List<CandleRow.Rejected> rejected, List<Outlier> outliers) {
  /** Rejected rows a report lists, the lowest lines first; the answer, the stored run and the command line list the same. */
  public static final int LISTED_REJECTIONS = 100;

  /** A stored bar that moved far more than the asset's recent volatility: its line, open time and why. */
  public record Outlier(long line, Instant time, String reason) {
    public Outlier {
      Objects.requireNonNull(time, "time");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A report that flags no outlier (a stored run keeps none). */
  public ImportReport(String origin, long read, long inserted, long updated, long unchanged,
      List<CandleRow.Rejected> rejected) {
    this(origin, read, inserted, updated, unchanged, rejected, List.of());
  }

  public ImportReport {
    origin = InputText.printable(Objects.requireNonNull(origin, "origin"), InputText.NAME);
    rejected = List.copyOf(rejected.subList(0, Math.min(LISTED_REJECTIONS, rejected.size())));
    outliers = List.copyOf(outliers);
    if (inserted + updated + unchanged + rejected.size() > read) {
      throw new IllegalArgumentException("more rows accounted for than read: " + read);
    }
  }

  /** Rows rejected: every row read is stored, unchanged or rejected ({@link #rejected()} lists the first of them). */
  public long rejectedCount() {
    return read - inserted - updated - unchanged;
  }

  /** Rows rejected but left out of {@link #rejected()}. */
  public long rejectedNotListed() {
    return rejectedCount() - rejected.size();
  }

  /** Candles written by this import: new plus changed. */
  public long stored() {
    return inserted + updated;
  }

  @Override
  public String toString() {
    return origin + ": read " + read + ", stored " + stored() + " (" + inserted + " new, " + updated
        + " changed), unchanged " + unchanged + ", rejected " + rejectedCount()
        + (outliers.isEmpty() ? "" : ", outliers " + outliers.size());
  }
}
