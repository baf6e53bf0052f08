package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.BULK_THRESHOLD;
import static io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter.STAGING_CHUNK;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.application.market.MarketPorts;
import java.util.List;

/** The persistence of the market context: assets, candles, daily closes, ticks and import runs, as its ports. */
public final class MarketPersistence {
  /** This context's Hibernate entities and ports, as {@code PostgresPersistence} registers them. */
  public static final PersistenceModule<MarketPorts> MODULE =
      new PersistenceModule<>(List.of(ImportRunJpaEntity.class), MarketPersistence::ports);

  private MarketPersistence() {}

  /** The market adapters on {@code database}. */
  public static MarketPorts ports(Database database) {
    JooqAssetPersistenceAdapter assets = new JooqAssetPersistenceAdapter(database.jooq());
    JooqCandlePersistenceAdapter candles = new JooqCandlePersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
    JooqTickPersistenceAdapter ticks = new JooqTickPersistenceAdapter(database, BULK_THRESHOLD, STAGING_CHUNK);
    HibernateImportRunPersistenceAdapter importRuns = new HibernateImportRunPersistenceAdapter(database);
    return new MarketPorts(assets, assets, assets, candles, new JooqDailyClosesPersistenceAdapter(database.jooq()), candles, ticks, ticks, importRuns, importRuns,
        database.transactions());
  }
}
