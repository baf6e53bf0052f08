package io.phasewise.application.market.port.in;

import io.phasewise.application.market.model.DailyCloses;
import io.phasewise.domain.market.AssetId;
import java.util.Map;

/** Use case: the raw daily closes and split factors of many assets at once; an asset without any is absent. */
public interface QueryDailyClosesUseCase {
  Map<AssetId, DailyCloses> dailyCloses(DailyClosesQuery query);
}
