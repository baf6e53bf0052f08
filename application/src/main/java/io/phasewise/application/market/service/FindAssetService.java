package io.phasewise.application.market.service;

import io.phasewise.application.market.port.in.FindAssetUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds one asset by id or by symbol and type, or every asset with a symbol. */
public final class FindAssetService implements FindAssetUseCase {
  private final LoadAssetsPort load;

  public FindAssetService(LoadAssetsPort load) {
    this.load = load;
  }

  @Override
  public Either<Failure, Asset> find(AssetId id) {
    return found(load.findById(id), id.toString());
  }

  @Override
  public Either<Failure, Asset> findBySymbol(String symbol, AssetType type) {
    return found(load.findBySymbol(symbol, type), symbol + " (" + type.code() + ")");
  }

  @Override
  public List<Asset> withSymbol(String symbol) {
    return load.findBySymbol(symbol);
  }

  @Override
  public Map<String, List<Asset>> withSymbols(Collection<String> symbols) {
    return symbols.isEmpty() ? Map.of() : load.findBySymbols(symbols);
  }

  private static Either<Failure, Asset> found(Optional<Asset> asset, String key) {
    return asset.<Either<Failure, Asset>>map(Either::right).orElseGet(() -> Either.left(new Failure.NotFound("asset", key)));
  }
}
