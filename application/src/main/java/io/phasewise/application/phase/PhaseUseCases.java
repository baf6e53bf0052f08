package io.phasewise.application.phase;

import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.phase.service.PhasesFollowImports;
import io.phasewise.application.phase.service.QueryPhasesService;
import io.phasewise.application.phase.service.RecomputePhasesService;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.domain.phase.TitForTatClassifier;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.snapshot.SnapshotEngine;

/** The use cases of the phase context: phases recomputed from candles and sentiment, and read. */
public record PhaseUseCases(RecomputePhasesUseCase recompute, QueryPhasesUseCase query) {

  /** Every phase service on {@code ports}, over the market's candles and the sentiment weighted by {@code weights}. */
  public static PhaseUseCases wire(PhasePorts ports, MarketPorts market, LoadSentimentPort sentiment, Infrastructure infra,
      SentimentWeights weights) {
    return new PhaseUseCases(
        new RecomputePhasesService(market.loadAssets(), market.loadCandles(), sentiment,
            ports.loadPhases(), ports.savePhases(), ports.tx(), infra.clock(), SnapshotEngine.standard(),
            TitForTatClassifier.standard(), weights, infra.batch(), infra.ids()),
        new QueryPhasesService(market.loadAssets(), ports.loadPhases(), market.loadCandles()));
  }

  /** Replays an asset's phases after an import stored new or changed candles, logging what fails. */
  public CandlesChangedPort followImports() {
    return new PhasesFollowImports(recompute);
  }
}
