package io.phasewise.bootstrap;

import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The sentiment reader of a build that stores no sentiment: no sources and no observations, so phases
 * are decided from the market alone. Replaced by the sentiment store's reader where one is wired.
 */
public final class NoSentimentStore implements LoadSentimentPort {
  @Override
  public List<SentimentObservation> observations(AssetId asset, Instant from, Instant to) {
    return List.of();
  }

  @Override
  public Map<SentimentSourceId, SentimentSource> sources() {
    return Map.of();
  }
}
