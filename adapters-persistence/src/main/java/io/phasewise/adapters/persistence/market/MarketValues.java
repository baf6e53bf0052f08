package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.shared.StoredCodes.known;

import io.phasewise.adapters.persistence.shared.JsonColumns;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.MarketCapBucket;
import io.phasewise.domain.market.PeBucket;
import java.util.Map;
import org.jooq.JSONB;

/**
 * Conversions of single market values to and from their column types, used by the MapStruct mappers
 * of every context (snapshots are keyed by asset and interval too). Not an API for applications.
 */
public final class MarketValues {
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

  public static AssetType assetType(String code) {
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
  public static JSONB json(Map<String, String> map) {
    return map == null ? null : JSONB.valueOf(JsonColumns.sortedObject(map));
  }

  public static Map<String, String> map(JSONB json) {
    return json == null ? null : JsonColumns.read(json, JsonColumns.TEXTS, "an object of strings");
  }
}
