package io.phasewise.application.market.port.in;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.List;

/** Use case: look up one asset by id, or by symbol and type; or every asset with a symbol. */
public interface FindAssetUseCase {
  Either<Failure, Asset> find(AssetId id);

  Either<Failure, Asset> findBySymbol(String symbol, AssetType type);

  /** Every asset with {@code symbol}, whatever its type; empty when there is none. */
  List<Asset> findBySymbol(String symbol);
}
