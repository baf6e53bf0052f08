package io.phasewise.adapters.rest.sentiment;

import io.phasewise.domain.sentiment.SentimentSource;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import java.util.TreeMap;

/** A registered sentiment source as clients see it. */
@Schema(name = "SentimentSource")
record SentimentSourceJson(
    long id,
    @Schema(example = "Reuters") String name,
    @Schema(allowableValues = {"news", "social", "forum"}) String channel,
    @Schema(allowableValues = {"A", "B", "C"}, description = "reliability: A most trusted, C least") String tier,
    Map<String, String> meta) {

  static SentimentSourceJson of(SentimentSource source) {
    return new SentimentSourceJson(source.id().value(), source.name(), source.channel().code(), source.tier().code(),
        new TreeMap<>(source.meta()));
  }
}
