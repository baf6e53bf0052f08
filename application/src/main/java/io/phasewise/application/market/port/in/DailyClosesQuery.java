package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.AssetId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Query of the daily closes of {@code assets} over the days {@code [from, to]} (null: unbounded at that end);
 * a bounded {@code from} brings the last close before it as well.
 */
public record DailyClosesQuery(Set<AssetId> assets, LocalDate from, LocalDate to) {
  public DailyClosesQuery {
    assets = Set.copyOf(Objects.requireNonNull(assets, "assets"));
    if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from " + from + " is after to " + to);
  }

  /** Every close of {@code assets}. */
  public static DailyClosesQuery whole(Set<AssetId> assets) {
    return new DailyClosesQuery(assets, null, null);
  }
}
