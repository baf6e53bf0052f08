package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.TICKS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.TicksRecord;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadTicksPort;
import io.phasewise.application.market.port.out.SaveTicksPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** Stores ticks in {@code ticks} with idempotent bulk upserts, and reads them in time then source order. */
final class JooqTickPersistenceAdapter implements SaveTicksPort, LoadTicksPort {
  private final DSLContext sql;
  private final TimeSeriesWriter<TicksRecord> writer;
  private final TickRecordMapper mapper = TickRecordMapper.INSTANCE;

  JooqTickPersistenceAdapter(Database database, int bulkThreshold, int chunkSize) {
    this.sql = database.jooq();
    this.writer = new TimeSeriesWriter<>(database, TICKS, TICKS.TS, bulkThreshold, chunkSize);
  }

  @Override
  public UpsertCount saveAll(AssetId asset, List<Tick> ticks) {
    return writer.write(ticks, new TickRowFormat(asset));
  }

  @Override
  public List<Tick> load(AssetId asset, Instant from, Instant to) {
    return sql.selectFrom(TICKS)
        .where(TICKS.ASSET_ID.eq(asset.value()), TICKS.TS.ge(from), TICKS.TS.lt(to))
        .orderBy(TICKS.TS, TICKS.SOURCE)
        .fetch(mapper::toTick);
  }
}
