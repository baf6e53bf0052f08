package io.phasewise.application.market.service;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.application.market.port.in.DailyClosesQuery;
import io.phasewise.application.market.port.in.QueryDailyClosesUseCase;
import io.phasewise.application.market.port.out.LoadDailyClosesPort;
import io.phasewise.domain.market.AssetId;
import java.util.Map;

/** Reads the daily closes of many assets in one call to the store. */
public final class QueryDailyClosesService implements QueryDailyClosesUseCase {
  private final LoadDailyClosesPort load;

  public QueryDailyClosesService(LoadDailyClosesPort load) {
    this.load = load;
  }

  @Override
  public Map<AssetId, DailyCloses> dailyCloses(DailyClosesQuery query) {
    return query.assets().isEmpty() ? Map.of() : load.dailyCloses(query.assets(), query.from(), query.to());
  }
}
