package io.phasewise.adapters.persistence.sentiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.JSONB;
import org.mapstruct.Named;

/**
 * Conversions of single sentiment values to and from their column types, used by the MapStruct mapper
 * and the COPY format: codes for channel and tier, and JSON objects (keys sorted) for a source's meta
 * and an observation's features. A feature is a finite double, which jsonb keeps as an exact decimal
 * that reads back as the same double (−0 reads back as 0, as jsonb has no negative zero).
 */
final class SentimentValues {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, Double>> NUMBERS = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {};

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

  /** The JSON text of an object of names to numbers or texts, keys in order so equal maps render equal documents. */
  static String json(Map<String, ?> map) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(map));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render a map as JSON", e);
    }
  }

  @Named("features")
  static JSONB features(Map<String, Double> features) {
    return features == null ? null : JSONB.valueOf(json(features));
  }

  @Named("features")
  static Map<String, Double> features(JSONB json) {
    return json == null ? null : read(json, NUMBERS, "an object of numbers");
  }

  @Named("meta")
  static JSONB meta(Map<String, String> meta) {
    return meta == null ? null : JSONB.valueOf(json(meta));
  }

  @Named("meta")
  static Map<String, String> meta(JSONB json) {
    return json == null ? null : read(json, TEXTS, "an object of texts");
  }

  private static <T> T read(JSONB json, TypeReference<T> type, String expected) {
    try {
      return JSON.readValue(json.data(), type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not " + expected + ": " + json.data(), e);
    }
  }

  private static <T> T known(Optional<T> value, String kind, String code) {
    return value.orElseThrow(() -> new IllegalStateException("unknown " + kind + " stored: " + code));
  }
}
