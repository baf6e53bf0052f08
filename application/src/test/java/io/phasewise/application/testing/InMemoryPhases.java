package io.phasewise.application.testing;

import io.phasewise.application.phase.PhasePorts;
import io.phasewise.application.phase.PhaseUseCases;
import io.phasewise.domain.sentiment.SentimentWeights;

/** The phase use cases wired by their context's {@code wire} on in-memory fakes over an {@link InMemoryMarket}. */
public final class InMemoryPhases {
  public final InMemoryPhaseStore store = new InMemoryPhaseStore();
  public final InMemorySentimentObservations sentiment = new InMemorySentimentObservations();
  public final PhasePorts ports;
  public final PhaseUseCases useCases;

  public InMemoryPhases(InMemoryMarket market) {
    market.assets.cascadeTo(store::deleteAsset);
    ports = new PhasePorts(store, store, market.tx);
    useCases = PhaseUseCases.wire(ports, market.ports, sentiment, market.infra, SentimentWeights.defaults());
  }
}
