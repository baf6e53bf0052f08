package io.phasewise.adapters.rest.sentiment;

import io.phasewise.application.sentiment.port.in.SentimentMeterReading;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentMeter;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The sentiment meter of an asset as of a time, with the weights that made it. */
@Schema(name = "SentimentMeter")
record SentimentMeterJson(
    long asset,
    Instant asOf,
    @Schema(description = "reliability-weighted, time-decayed mean score, -1..1; 0 when nothing counted") double score,
    @Schema(description = "observations counted") int count,
    @Schema(description = "weighted standard deviation of the scores, 0..1") double spread,
    @Schema(description = "sum of the weights of the counted observations") double totalWeight,
    @Schema(description = "share of the total weight from tier-A sources, 0..1") double tierAShare,
    @Schema(description = "observations counted per reliability tier", example = "{\"A\": 3, \"B\": 1, \"C\": 0}")
    Map<String, Integer> countByTier,
    @Schema(description = "newest counted observation; null when nothing counted") Instant newestObservedAt,
    @Schema(example = "sentiment +0.42 from 4 observations, 75% tier-A weight") String summary,
    Weights weights) {

  /**
   * How one observation weighs: tier weight × 2^(−age / halfLife) × min(1 + magnitude, magnitudeCap);
   * observations older than the lookback do not count.
   */
  @Schema(name = "SentimentWeights")
  record Weights(double tierA, double tierB, double tierC,
      @Schema(description = "ISO-8601 duration", example = "PT24H") String halfLife,
      @Schema(description = "ISO-8601 duration", example = "PT168H") String lookback,
      double magnitudeCap) {

    static Weights of(SentimentWeights w) {
      return new Weights(w.tierA(), w.tierB(), w.tierC(), w.halfLife().toString(), w.lookback().toString(), w.magnitudeCap());
    }
  }

  static SentimentMeterJson of(SentimentMeterReading reading) {
    SentimentMeter m = reading.meter();
    Map<String, Integer> tiers = new TreeMap<>();
    for (ReliabilityTier tier : ReliabilityTier.values()) tiers.put(tier.code(), m.count(tier));
    return new SentimentMeterJson(m.asset().value(), m.asOf(), m.score(), m.count(), m.spread(), m.totalWeight(),
        m.tierAShare(), tiers, m.newestObservedAt(), m.summary(), Weights.of(reading.weights()));
  }
}
