package io.phasewise.adapters.persistence.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.MarketCapBucket;
import io.phasewise.domain.market.PeBucket;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.JSONB;

/**
 * Conversions of single market values to and from their column types, used by the MapStruct mappers
 * of every context (snapshots are keyed by asset and interval too). Not an API for applications.
 */
public final class MarketValues {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

  private MarketValues() {}

  public static Long id(AssetId id) {
    return id == null ? null : id.value();
  }

  public static AssetId assetId(Long id) {
    return id == null ? null : new AssetId(id);
  }

  static String code(AssetType type) {
    return type == null ? null : type.code();
  }

  static AssetType assetType(String code) {
    return code == null ? null : known(AssetType.fromCode(code), "asset type", code);
  }

  static String code(MarketCapBucket bucket) {
    return bucket == null ? null : bucket.code();
  }

  static MarketCapBucket marketCapBucket(String code) {
    return code == null ? null : known(MarketCapBucket.fromCode(code), "market cap bucket", code);
  }

  static String code(PeBucket bucket) {
    return bucket == null ? null : bucket.code();
  }

  static PeBucket peBucket(String code) {
    return code == null ? null : known(PeBucket.fromCode(code), "P/E bucket", code);
  }

  public static String code(Interval interval) {
    return interval == null ? null : interval.code();
  }

  public static Interval interval(String code) {
    return code == null ? null : known(Interval.fromCode(code), "interval", code);
  }

  /** A JSON object with the entries in key order, so that equal maps render equal documents. */
  static JSONB json(Map<String, String> map) {
    try {
      return map == null ? null : JSONB.valueOf(JSON.writeValueAsString(new TreeMap<>(map)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render a map of strings as JSON", e);
    }
  }

  static Map<String, String> map(JSONB json) {
    try {
      return json == null ? null : JSON.readValue(json.data(), STRING_MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not an object of strings: " + json.data(), e);
    }
  }

  private static <T> T known(Optional<T> value, String kind, String code) {
    return value.orElseThrow(() -> new IllegalStateException("unknown " + kind + " stored: " + code));
  }
}
