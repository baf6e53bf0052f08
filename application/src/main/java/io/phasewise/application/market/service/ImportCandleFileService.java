package io.phasewise.application.market.service;

import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.port.in.ImportCandleFileCommand;
import io.phasewise.application.market.port.in.ImportCandleFileUseCase;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.ImportCandlesUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.ReadCandleFilePort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Opens a candle file through {@link ReadCandleFilePort} for the asset's market and imports its rows like any feed. */
public final class ImportCandleFileService implements ImportCandleFileUseCase {
  private final LoadAssetsPort assets;
  private final ReadCandleFilePort files;
  private final ImportCandlesUseCase importCandles;

  public ImportCandleFileService(LoadAssetsPort assets, ReadCandleFilePort files, ImportCandlesUseCase importCandles) {
    this.assets = assets;
    this.files = files;
    this.importCandles = importCandles;
  }

  @Override
  public Either<Failure, ImportReport> importFile(ImportCandleFileCommand command) {
    Optional<Asset> asset = assets.findById(command.asset());
    if (asset.isEmpty()) {
      close(command.in());
      return Either.left(new Failure.NotFound("asset", command.asset().toString()));
    }
    boolean lastRowInProgress = command.lastRowInProgress()
        .orElseGet(() -> TradingCalendar.of(asset.get().type()).exportEndsInProgress());
    return CandleFiles.open(files, command.in(), command.origin(), command.format(), lastRowInProgress)
        .flatMap(feed -> importCandles.importCandles(new ImportCandlesCommand(command.asset(), command.interval(), feed)));
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // nothing was read from it: the failure reported is the unknown asset
    }
  }
}
