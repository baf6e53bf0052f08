package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Use case: look up one asset by id, or by symbol and type; or every asset with a symbol (or with any of many symbols). */
public interface FindAssetUseCase {
  Either<Failure, Asset> find(AssetId id);

  Either<Failure, Asset> findBySymbol(String symbol, AssetType type);

  /** Every asset with this symbol, of any type (one symbol may name a stock and a crypto pair). */
  List<Asset> withSymbol(String symbol);

  /** {@link #withSymbol} for many symbols at once, by symbol; a symbol naming no asset is left out. */
  Map<String, List<Asset>> withSymbols(Collection<String> symbols);
}
