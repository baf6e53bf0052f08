package io.phasewise.application.market.service;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.ImportCandlesUseCase;
import io.phasewise.application.market.port.in.ImportSymbolFileCommand;
import io.phasewise.application.market.port.in.ImportSymbolFileUseCase;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.RegisterAssetUseCase;
import io.phasewise.application.market.port.in.SymbolFileImport;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.util.Optional;

/**
 * Imports a candle file for the asset with a symbol and type; a new asset is registered only once
 * its file has shown a readable header and a good row, so a file that fails validation leaves nothing.
 */
public final class ImportSymbolFileService implements ImportSymbolFileUseCase {
  private final LoadAssetsPort assets;
  private final ReadCandleFilePort files;
  private final RegisterAssetUseCase registerAsset;
  private final ImportCandlesUseCase importCandles;

  public ImportSymbolFileService(LoadAssetsPort assets, ReadCandleFilePort files, RegisterAssetUseCase registerAsset,
      ImportCandlesUseCase importCandles) {
    this.assets = assets;
    this.files = files;
    this.registerAsset = registerAsset;
    this.importCandles = importCandles;
  }

  @Override
  public Either<Failure, SymbolFileImport> importFile(ImportSymbolFileCommand command) {
    AssetProfile profile = command.profile();
    Optional<Asset> known = assets.findBySymbol(profile.symbol(), profile.type());
    boolean lastRowInProgress = TradingCalendar.of(profile.type()).exportEndsInProgress();
    return CandleFiles.open(files, command.in(), command.origin(), command.format(), lastRowInProgress).flatMap(feed -> {
      if (known.isPresent()) return importInto(known.get(), false, feed, command);
      PeekedFeed peeked = new PeekedFeed(feed);
      if (!peeked.hasGoodRow()) {
        peeked.close();
        return Either.left(Failure.InvalidInput.of("file", command.origin() + ": no valid row among " + peeked.rowsRead()
            + peeked.firstRejected().map(r -> " (line " + r.line() + ": " + r.reason() + ")").orElse("")
            + "; nothing imported, no asset registered"));
      }
      return registerAsset.register(new RegisterAssetCommand(profile))
          .peekLeft(refused -> peeked.close())
          .flatMap(asset -> importInto(asset, true, peeked, command));
    });
  }

  private Either<Failure, SymbolFileImport> importInto(Asset asset, boolean registered, CandleFeed feed,
      ImportSymbolFileCommand command) {
    return importCandles.importCandles(new ImportCandlesCommand(asset.id(), command.interval(), feed))
        .map(report -> new SymbolFileImport(asset, registered, report));
  }
}
