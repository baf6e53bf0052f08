package io.phasewise.adapters.rest.market;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** A registered asset as clients see it. */
@Schema(name = "Asset")
record AssetJson(
    long id,
    String symbol,
    String name,
    String type,
    String exchange,
    String quoteCurrency,
    String description,
    Map<String, String> externalIds,
    Map<String, String> links,
    Map<String, String> metadata,
    String marketCapBucket,
    String peBucket,
    boolean active,
    boolean supported,
    SupplyJson supply,
    Instant createdAt,
    Instant updatedAt) {

  static AssetJson of(Asset asset) {
    AssetProfile p = asset.profile();
    return new AssetJson(asset.id().value(), p.symbol(), p.name(), p.type().code(), p.exchange(), p.quoteCurrency(),
        p.description(), p.externalIds(), p.links(), p.metadata(),
        p.marketCapBucket() == null ? null : p.marketCapBucket().code(),
        p.peBucket() == null ? null : p.peBucket().code(),
        p.active(), p.supported(), SupplyJson.of(p.supply()), asset.createdAt(), asset.updatedAt());
  }
}
