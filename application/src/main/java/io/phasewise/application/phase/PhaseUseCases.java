package io.phasewise.application.phase;

import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.market.service.FollowCandles;
import io.phasewise.application.market.service.QueryCandlesService;
import io.phasewise.application.phase.port.in.EvaluatePhasesUseCase;
import io.phasewise.application.phase.port.in.QueryPhasesUseCase;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.phase.service.EvaluatePhasesService;
import io.phasewise.application.phase.service.QueryPhasesService;
import io.phasewise.application.phase.service.RecomputePhasesService;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.domain.phase.TitForTatClassifier;
import io.phasewise.domain.research.NamedClassifier;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.snapshot.SnapshotEngine;

/** The use cases of the phase context: phases recomputed from candles and sentiment, read, and evaluated. */
public record PhaseUseCases(RecomputePhasesUseCase recompute, QueryPhasesUseCase query, EvaluatePhasesUseCase evaluate) {

  /** Every phase service on {@code ports}, over the market's candles and the sentiment weighted by {@code weights}. */
  public static PhaseUseCases wire(PhasePorts ports, MarketPorts market, LoadSentimentPort sentiment, Infrastructure infra,
      SentimentWeights weights) {
    return new PhaseUseCases(
        new RecomputePhasesService(market.loadAssets(), market.loadCandles(), sentiment,
            ports.loadPhases(), ports.savePhases(), ports.tx(), infra.clock(), SnapshotEngine.standard(),
            TitForTatClassifier.standard(), weights, infra.batch(), infra.ids()),
        new QueryPhasesService(market.loadAssets(), ports.loadPhases(), market.loadCandles()),
        new EvaluatePhasesService(market.loadAssets(), new QueryCandlesService(market.loadAssets(), market.loadCandles()),
            NamedClassifier.shipped()));
  }

  /**
   * Replays an asset's phases at the interval of its imported candles, logging what fails, so that an
   * imported asset has a current phase and a timeline at once rather than at the next pipeline run. It
   * runs on the importing thread, after the import's commit: the replay reads the asset's history once,
   * about what the import itself costs, and the caller's answer then describes fully analysed data (a
   * queue would need a thread of its own, and a command line that waits for it before exiting).
   */
  public CandlesChangedPort followImports() {
    return new FollowCandles("phases", (asset, interval, earliestChanged) -> recompute.recompute(asset, interval));
  }
}
