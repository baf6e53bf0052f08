package io.phasewise.adapters.persistence.sentiment;

import static io.phasewise.adapters.persistence.shared.StoredCodes.known;

import io.phasewise.adapters.persistence.market.MarketValues;
import io.phasewise.adapters.persistence.shared.JsonColumns;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.util.Map;
import org.jooq.JSONB;
import org.mapstruct.Named;

/**
 * Conversions of single sentiment values to and from their column types, used by the MapStruct mapper
 * and the COPY format: codes for channel and tier, and a JSON object (keys sorted, Jackson's number
 * format) for an observation's features; a source's meta is stored as {@link MarketValues} stores a
 * map of texts. A feature is a finite double, which jsonb keeps as an exact decimal that reads back as
 * the same double (−0 reads back as 0, as jsonb has no negative zero).
 */
final class SentimentValues {
  private SentimentValues() {}

  static Long id(SentimentSourceId id) {
    return id == null ? null : id.value();
  }

  static SentimentSourceId sourceId(Long id) {
    return id == null ? null : SentimentSourceId.of(id);
  }

  static String code(SentimentChannel channel) {
    return channel == null ? null : channel.code();
  }

  static SentimentChannel channel(String code) {
    return code == null ? null : known(SentimentChannel.fromCode(code), "channel", code);
  }

  static String code(ReliabilityTier tier) {
    return tier == null ? null : tier.code();
  }

  static ReliabilityTier tier(String code) {
    return code == null ? null : known(ReliabilityTier.fromCode(code), "reliability tier", code);
  }

  @Named("features")
  static JSONB features(Map<String, Double> features) {
    return features == null ? null : JSONB.valueOf(JsonColumns.sortedObject(features));
  }

  @Named("features")
  static Map<String, Double> features(JSONB json) {
    return json == null ? null : JsonColumns.read(json, JsonColumns.NUMBERS, "an object of numbers");
  }
}
