package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.BULK_THRESHOLD;
import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.STAGING_CHUNK;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.market.port.out.DeleteAssetPort;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.LoadImportRunsPort;
import io.phasewise.application.market.port.out.LoadTicksPort;
import io.phasewise.application.market.port.out.SaveAssetPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.application.market.port.out.SaveImportRunPort;
import io.phasewise.application.market.port.out.SaveTicksPort;
import java.util.List;

/** The persistence ports of the market context: assets, candles, ticks and import runs. */
public final class MarketPersistence {
  private final JooqAssetPersistenceAdapter assets;
  private final JooqCandlePersistenceAdapter candles;
  private final JooqTickPersistenceAdapter ticks;
  private final HibernateImportRunPersistenceAdapter importRuns;

  private MarketPersistence(Database database) {
    this.assets = new JooqAssetPersistenceAdapter(database.jooq());
    this.candles = new JooqCandlePersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
    this.ticks = new JooqTickPersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
    this.importRuns = new HibernateImportRunPersistenceAdapter(database);
  }

  /** Wires the market adapters onto {@code database}. */
  public static MarketPersistence create(Database database) {
    return new MarketPersistence(database);
  }

  /** The Hibernate entities of this context, to register with the session factory. */
  public static List<Class<?>> entityClasses() {
    return List.of(ImportRunJpaEntity.class);
  }

  public SaveAssetPort saveAssets() {
    return assets;
  }

  public LoadAssetsPort loadAssets() {
    return assets;
  }

  public DeleteAssetPort deleteAssets() {
    return assets;
  }

  public SaveCandlesPort saveCandles() {
    return candles;
  }

  public LoadCandlesPort loadCandles() {
    return candles;
  }

  public SaveTicksPort saveTicks() {
    return ticks;
  }

  public LoadTicksPort loadTicks() {
    return ticks;
  }

  public SaveImportRunPort saveImportRuns() {
    return importRuns;
  }

  public LoadImportRunsPort loadImportRuns() {
    return importRuns;
  }
}
