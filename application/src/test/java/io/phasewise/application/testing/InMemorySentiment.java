package io.phasewise.application.testing;

import io.phasewise.application.sentiment.SentimentPorts;
import io.phasewise.application.sentiment.SentimentUseCases;
import io.phasewise.application.sentiment.port.out.ReadSentimentFilePort;
import io.phasewise.domain.sentiment.SentimentWeights;

/**
 * The sentiment use cases wired by their context's {@code wire} on an in-memory store beside an
 * {@link InMemoryMarket} (its assets and transactions; deleting an asset drops its observations), for
 * service tests and HTTP tests.
 */
public final class InMemorySentiment {
  public final InMemorySentimentStore store;
  public final SentimentPorts ports;
  public final SentimentUseCases useCases;

  /** @param files reads imported files; tests without imports may pass a reader that fails */
  public InMemorySentiment(InMemoryMarket market, SentimentWeights weights, ReadSentimentFilePort files) {
    store = new InMemorySentimentStore(market.assets);
    market.assets.cascadeTo(store::deleteAsset);
    ports = new SentimentPorts(store, store, store, store, market.tx);
    useCases = SentimentUseCases.wire(ports, market.ports, market.infra, files, weights);
  }
}
