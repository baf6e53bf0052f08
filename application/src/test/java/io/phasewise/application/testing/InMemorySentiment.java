package io.phasewise.application.testing;

import io.phasewise.application.sentiment.port.out.ReadSentimentFilePort;
import io.phasewise.application.sentiment.service.ImportSentimentFileService;
import io.phasewise.application.sentiment.service.ListSentimentSourcesService;
import io.phasewise.application.sentiment.service.QuerySentimentService;
import io.phasewise.application.sentiment.service.RecordSentimentService;
import io.phasewise.application.sentiment.service.RegisterSentimentSourceService;
import io.phasewise.domain.sentiment.SentimentWeights;
import java.time.Clock;

/**
 * The sentiment use cases wired on an in-memory store beside an {@link InMemoryMarket} (its assets and
 * transactions; deleting an asset drops its observations), for service tests and HTTP tests.
 */
public final class InMemorySentiment {
  public final InMemorySentimentStore store;
  public final RegisterSentimentSourceService registerSource;
  public final ListSentimentSourcesService listSources;
  public final RecordSentimentService record;
  public final ImportSentimentFileService importFile;
  public final QuerySentimentService query;

  /** @param files reads imported files; tests without imports may pass a reader that fails */
  public InMemorySentiment(InMemoryMarket market, Clock clock, SentimentWeights weights, ReadSentimentFilePort files) {
    store = new InMemorySentimentStore(market.assets);
    market.assets.cascadeTo(store::deleteAsset);
    registerSource = new RegisterSentimentSourceService(store, store, market.tx, clock);
    listSources = new ListSentimentSourcesService(store);
    record = new RecordSentimentService(market.assets, store, store, market.tx);
    importFile = new ImportSentimentFileService(files, record);
    query = new QuerySentimentService(market.assets, store, store, weights, clock);
  }
}
