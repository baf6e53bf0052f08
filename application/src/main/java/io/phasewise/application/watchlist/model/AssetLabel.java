package io.phasewise.application.watchlist.model;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import java.util.Objects;

/** What a watchlist shows of an asset: its id, symbol, name (may be null) and type. */
public record AssetLabel(AssetId id, String symbol, String name, AssetType type) {
  public AssetLabel {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(type, "type");
  }
}
