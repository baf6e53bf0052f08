package io.phasewise.application.sentiment;

import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.sentiment.port.in.ImportSentimentFileUseCase;
import io.phasewise.application.sentiment.port.in.ListSentimentSourcesUseCase;
import io.phasewise.application.sentiment.port.in.QuerySentimentUseCase;
import io.phasewise.application.sentiment.port.in.RecordSentimentUseCase;
import io.phasewise.application.sentiment.port.in.RegisterSentimentSourceUseCase;
import io.phasewise.application.sentiment.port.out.ReadSentimentFilePort;
import io.phasewise.application.sentiment.service.ImportSentimentFileService;
import io.phasewise.application.sentiment.service.ListSentimentSourcesService;
import io.phasewise.application.sentiment.service.QuerySentimentService;
import io.phasewise.application.sentiment.service.RecordSentimentService;
import io.phasewise.application.sentiment.service.RegisterSentimentSourceService;
import io.phasewise.application.shared.Infrastructure;
import io.phasewise.domain.sentiment.SentimentWeights;

/** The use cases of the sentiment context: sources, recorded and imported observations, the meter. */
public record SentimentUseCases(
    RegisterSentimentSourceUseCase registerSource,
    ListSentimentSourcesUseCase listSources,
    RecordSentimentUseCase record,
    ImportSentimentFileUseCase importFile,
    QuerySentimentUseCase query) {

  /** Every sentiment service on {@code ports}, reading files with {@code files} and weighting the meter with {@code weights}. */
  public static SentimentUseCases wire(SentimentPorts ports, MarketPorts market, Infrastructure infra,
      ReadSentimentFilePort files, SentimentWeights weights) {
    RecordSentimentService record = new RecordSentimentService(market.loadAssets(), ports.loadSentiment(),
        ports.saveObservations(), ports.tx(), infra.clock());
    return new SentimentUseCases(
        new RegisterSentimentSourceService(ports.loadSentiment(), ports.saveSources(), ports.tx(), infra.clock()),
        new ListSentimentSourcesService(ports.loadSentiment()),
        record,
        new ImportSentimentFileService(files, record),
        new QuerySentimentService(market.loadAssets(), ports.loadSentiment(), ports.loadSentimentPages(), weights,
            infra.clock()));
  }
}
