package io.phasewise.adapters.rest.sentiment;

import io.phasewise.domain.sentiment.SentimentObservation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** One stored sentiment observation of an asset. */
@Schema(name = "SentimentObservation")
record SentimentObservationJson(
    long asset,
    @Schema(description = "id of the sentiment source") long source,
    Instant observedAt,
    double score,
    double magnitude,
    Map<String, Double> features) {

  static SentimentObservationJson of(SentimentObservation o) {
    return new SentimentObservationJson(o.asset().value(), o.source().value(), o.observedAt(), o.score(), o.magnitude(),
        new TreeMap<>(o.features()));
  }
}
