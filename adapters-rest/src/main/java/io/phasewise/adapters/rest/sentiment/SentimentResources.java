package io.phasewise.adapters.rest.sentiment;

import io.phasewise.application.sentiment.SentimentUseCases;
import java.util.List;

/** The sentiment context's resources: sources, observations recorded and imported, an asset's meter. */
public final class SentimentResources {
  private SentimentResources() {}

  public static List<Object> of(SentimentUseCases sentiment) {
    return List.of(
        new SentimentSourceResource(sentiment.registerSource(), sentiment.listSources()),
        new SentimentObservationsResource(sentiment.record(), sentiment.importFile()),
        new AssetSentimentResource(sentiment.query()));
  }
}
