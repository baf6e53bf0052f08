package io.phasewise.adapters.rest.market;

import io.phasewise.adapters.rest.problem.FieldErrors;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.MarketCapBucket;
import io.phasewise.domain.market.PeBucket;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** Body of POST and PUT /api/assets: the whole profile of an asset (PUT replaces every field). */
@Schema(name = "AssetRequest")
record AssetRequest(
    @NotBlank @Schema(example = "AAPL", description = "upper-case letters, digits or . ^ = _ / -, at most 32")
    String symbol,
    @Size(max = 200) @Schema(example = "Apple Inc.") String name,
    @NotNull @Schema(example = "stock", description = "stock, etf, crypto, stablecoin, forex, index or macro")
    String type,
    @Size(max = 100) @Schema(example = "NASDAQ") String exchange,
    @Schema(example = "USD") String quoteCurrency,
    @Size(max = 10_000) String description,
    Map<String, String> externalIds,
    Map<String, String> links,
    Map<String, String> metadata,
    @Schema(description = "small, mid or large") String marketCapBucket,
    @Schema(description = "low, medium or high") String peBucket,
    @Schema(description = "tracked at all (default true)") Boolean active,
    @Schema(description = "analysed by Phasewise (default true)") Boolean supported,
    @Valid @Schema(description = "crypto and stablecoin assets only") SupplyJson supply) {

  /** The domain profile, or a failure naming every field whose code or symbol is not acceptable. */
  AssetProfile toProfile() {
    FieldErrors errors = new FieldErrors();
    if (!AssetProfile.isValidSymbol(symbol)) {
      errors.add("symbol", "must be 1-32 upper-case letters, digits or . ^ = _ / - (starting with a letter, digit or ^)");
    }
    AssetType assetType = errors.code("type", type, AssetType.values(), AssetType::code);
    MarketCapBucket cap = errors.code("marketCapBucket", marketCapBucket, MarketCapBucket.values(), MarketCapBucket::code);
    PeBucket pe = errors.code("peBucket", peBucket, PeBucket.values(), PeBucket::code);
    errors.throwIfAny();
    return new AssetProfile(symbol, name, assetType, exchange, quoteCurrency, description, externalIds, links, metadata,
        cap, pe, active == null || active, supported == null || supported, supply == null ? null : supply.toSupply());
  }
}
