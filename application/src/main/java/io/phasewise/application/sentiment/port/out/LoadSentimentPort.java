package io.phasewise.application.sentiment.port.out;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Outgoing port: reads sentiment sources and the observations of an asset over a time range. */
public interface LoadSentimentPort {
  /** The observations of {@code asset} observed within {@code [from, to]}, by observation time, then source id. */
  List<SentimentObservation> observations(AssetId asset, Instant from, Instant to);

  /** Every registered source, by id. */
  Map<SentimentSourceId, SentimentSource> sources();
}
