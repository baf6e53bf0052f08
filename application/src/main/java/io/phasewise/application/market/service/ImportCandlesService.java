package io.phasewise.application.market.service;

import io.phasewise.application.market.model.CandleFeed;
import io.phasewise.application.market.model.CandleRow;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import io.phasewise.application.market.port.in.ImportCandlesCommand;
import io.phasewise.application.market.port.in.ImportCandlesUseCase;
import io.phasewise.application.market.port.out.CandlesChangedPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.market.port.out.SaveImportRunPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.OutlierRule;
import io.phasewise.domain.shared.Failure;
import io.phasewise.domain.shared.TimeWindow;
import io.vavr.control.Either;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Imports a candle feed in one transaction: good rows are saved in chunks through the idempotent
 * bulk path, bad rows (including bars outside {@link TimeWindow#DEFAULT} and bars breaking
 * {@code PriceSanity} for the asset's type) are reported, outliers by {@link OutlierRule#DEFAULT} are
 * stored and flagged, and the run is logged. The feed is closed when done; after the
 * commit, {@link CandlesChangedPort} hears from the earliest changed bar on.
 */
public final class ImportCandlesService implements ImportCandlesUseCase {
  /** Rows per call to the store: large enough for COPY to pay off, small enough to bound memory. */
  static final int CHUNK_SIZE = 50_000;

  private final LoadAssetsPort assets;
  private final SaveCandlesPort candles;
  private final SaveImportRunPort runs;
  private final TransactionPort tx;
  private final CandlesChangedPort changes;
  private final Clock clock;

  public ImportCandlesService(LoadAssetsPort assets, SaveCandlesPort candles, SaveImportRunPort runs,
      TransactionPort tx, CandlesChangedPort changes, Clock clock) {
    this.assets = assets;
    this.candles = candles;
    this.runs = runs;
    this.tx = tx;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public Either<Failure, ImportReport> importCandles(ImportCandlesCommand command) {
    try (CandleFeed feed = command.feed()) {
      AssetId asset = command.asset();
      Optional<Asset> found = assets.findById(asset);
      if (found.isEmpty()) return Either.left(new Failure.NotFound("asset", asset.toString()));
      Instant started = clock.instant();
      ImportBatch.Rules rules = new ImportBatch.Rules(found.get().type(), started, TimeWindow.DEFAULT,
          OutlierRule.DEFAULT);
      ImportBatch batch = new ImportBatch(feed.origin(), command.interval(), CHUNK_SIZE, rules,
          chunk -> candles.saveAll(asset, command.interval(), chunk));
      ImportReport report = tx.inTransaction(() -> {
        for (CandleRow row = feed.next(); row != null; row = feed.next()) batch.accept(row);
        ImportReport done = batch.finish();
        runs.save(new ImportRun(asset, command.interval(), done, started, clock.instant()));
        return done;
      });
      batch.earliestChanged().ifPresent(earliest -> changes.candlesChanged(asset, command.interval(), earliest));
      return Either.right(report);
    } catch (UncheckedIOException unreadable) {
      return Either.left(Failure.InvalidInput.of("feed", command.feed().origin() + " could not be read: "
          + unreadable.getCause().getMessage()));
    }
  }
}
