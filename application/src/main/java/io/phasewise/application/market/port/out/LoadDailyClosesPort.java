package io.phasewise.application.market.port.out;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.domain.market.AssetId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Outgoing port: the raw daily closes and split factors of many assets in one read, for valuing
 * portfolios. Where several sources hold a day, the first source by name is taken.
 */
public interface LoadDailyClosesPort {

  /**
   * The daily bars of each of {@code assets} with a day in {@code [from, to]} (either end null: unbounded)
   * and, when {@code from} is given, the last bar before it, which an on-or-before lookup needs. An asset
   * with no such bar, or unknown, is absent from the answer.
   */
  Map<AssetId, DailyCloses> dailyCloses(Collection<AssetId> assets, LocalDate from, LocalDate to);
}
