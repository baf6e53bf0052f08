package io.phasewise.application.testing;

import io.phasewise.application.phase.service.QueryPhasesService;
import io.phasewise.application.phase.service.RecomputePhasesService;
import java.time.Clock;

/** The phase use cases wired on in-memory fakes over an {@link InMemoryMarket}'s assets and candles. */
public final class InMemoryPhases {
  public final InMemoryPhaseStore store = new InMemoryPhaseStore();
  public final InMemorySentimentObservations sentiment = new InMemorySentimentObservations();
  public final RecomputePhasesService recompute;
  public final QueryPhasesService query;

  public InMemoryPhases(InMemoryMarket market, Clock clock) {
    market.assets.cascadeTo(store::deleteAsset);
    recompute = new RecomputePhasesService(market.assets, market.candles, sentiment, store, store, market.tx, clock, market.batch);
    query = new QueryPhasesService(market.assets, store, market.candles);
  }
}
