package io.phasewise.adapters.persistence.snapshot;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.CANDLES;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.SNAPSHOTS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.SnapshotsRecord;
import io.phasewise.adapters.persistence.shared.AssetKeys;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Stores snapshots in {@code snapshots}, one row per bar, with the idempotent bulk upserts of the
 * candles, and reads them in bar order; training rows take the close of the first source by name.
 */
final class JooqSnapshotPersistenceAdapter implements SaveSnapshotsPort, LoadSnapshotsPort {
  private static final List<Field<?>> FEATURE_COLUMNS = List.of(SNAPSHOTS.ASSET_ID, SNAPSHOTS.INTERVAL,
      SNAPSHOTS.BAR_TIME, SNAPSHOTS.RET_1D, SNAPSHOTS.RET_5D, SNAPSHOTS.RET_20D, SNAPSHOTS.RSI_14,
      SNAPSHOTS.MOMENTUM_5D, SNAPSHOTS.VOL_20D, SNAPSHOTS.ATR_14, SNAPSHOTS.VOLUME_ZSCORE, SNAPSHOTS.EXTRAS);

  private final DSLContext sql;
  private final TimeSeriesWriter<SnapshotsRecord> writer;
  private final SnapshotRecordMapper mapper = SnapshotRecordMapper.INSTANCE;

  JooqSnapshotPersistenceAdapter(Database database, int bulkThreshold, int chunkSize) {
    this.sql = database.jooq();
    this.writer = new TimeSeriesWriter<>(database, SNAPSHOTS, SNAPSHOTS.BAR_TIME, bulkThreshold, chunkSize);
  }

  @Override
  public UpsertCount save(SnapshotFrame frame, int from) {
    Objects.checkFromToIndex(from, frame.size(), frame.size());
    return writer.write(IntStream.range(from, frame.size()).boxed().toList(), new SnapshotRowFormat(frame));
  }

  @Override
  public long deleteAll(AssetId asset, Interval interval) {
    return sql.deleteFrom(SNAPSHOTS).where(bars(asset, interval)).execute();
  }

  @Override
  public Optional<Instant> lastBarTime(AssetId asset, Interval interval) {
    return Optional.ofNullable(sql.select(DSL.max(SNAPSHOTS.BAR_TIME)).from(SNAPSHOTS).where(bars(asset, interval))
        .fetchSingle().value1());
  }

  @Override
  public List<SnapshotSet> history(AssetId asset, Interval interval, Instant from, Instant to, long offset, int limit) {
    return sql.selectFrom(SNAPSHOTS)
        .where(bars(asset, interval), barTimeIn(from, to))
        .orderBy(SNAPSHOTS.BAR_TIME)
        .offset(offset).limit(limit)
        .fetch(mapper::toSnapshotSet);
  }

  @Override
  public long count(AssetId asset, Interval interval, Instant from, Instant to) {
    return sql.fetchCount(SNAPSHOTS, bars(asset, interval).and(barTimeIn(from, to)));
  }

  private static Condition bars(AssetId asset, Interval interval) {
    return SNAPSHOTS.ASSET_ID.eq(asset.value()).and(SNAPSHOTS.INTERVAL.eq(interval.code()));
  }

  private static Condition barTimeIn(Instant from, Instant to) {
    return SNAPSHOTS.BAR_TIME.ge(from).and(SNAPSHOTS.BAR_TIME.lt(to));
  }

  /** One statement for all assets: each asset's last bar is one backward step into the primary key. */
  @Override
  public Map<AssetId, SnapshotSet> latest(Collection<AssetId> assets, Interval interval, Instant asOf) {
    if (assets.isEmpty()) return Map.of();
    Map<AssetId, SnapshotSet> latest = new LinkedHashMap<>();
    for (SnapshotsRecord row : AssetKeys.eachOf(sql, assets, SNAPSHOTS, asset -> sql.selectFrom(SNAPSHOTS)
        .where(SNAPSHOTS.ASSET_ID.eq(asset), SNAPSHOTS.INTERVAL.eq(interval.code()),
            SNAPSHOTS.BAR_TIME.le(asOf.minus(interval.length())))
        .orderBy(SNAPSHOTS.BAR_TIME.desc())
        .limit(1))) {
      SnapshotSet snapshots = mapper.toSnapshotSet(row);
      latest.put(snapshots.market().asset(), snapshots);
    }
    return latest;
  }

  /** Each bar's close is one probe into the candles' primary key, which stops at the first source. */
  @Override
  public List<TrainingRow> trainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets,
      long offset, int limit) {
    Table<Record1<Double>> close = DSL.lateral(sql.select(CANDLES.CLOSE.cast(SQLDataType.DOUBLE).as("close"))
        .from(CANDLES)
        .where(isCandleOfTheBar())
        .orderBy(CANDLES.SOURCE)
        .limit(1)
        .asTable("close"));
    Field<Double> closeValue = close.field(0, Double.class);
    return sql.select(FEATURE_COLUMNS).select(closeValue)
        .from(SNAPSHOTS)
        .crossJoin(close)
        .where(trainingBars(interval, from, to, assets))
        .orderBy(SNAPSHOTS.ASSET_ID, SNAPSHOTS.BAR_TIME)
        .offset(offset).limit(limit)
        .fetch(row -> mapper.toTrainingRow(row.into(SNAPSHOTS), row.get(closeValue)));
  }

  /** A semi-join rather than the rows' lookup of the first source: the planner may merge two key-ordered scans. */
  @Override
  public long countTrainingRows(Interval interval, Instant from, Instant to, Collection<AssetId> assets) {
    return sql.fetchCount(SNAPSHOTS, trainingBars(interval, from, to, assets)
        .andExists(sql.selectOne().from(CANDLES).where(isCandleOfTheBar())));
  }

  private static Condition trainingBars(Interval interval, Instant from, Instant to, Collection<AssetId> assets) {
    Condition bars = SNAPSHOTS.INTERVAL.eq(interval.code()).and(barTimeIn(from, to));
    return assets.isEmpty() ? bars : bars.and(AssetKeys.anyOf(SNAPSHOTS.ASSET_ID, assets));
  }

  /** Candles of the snapshot's asset, interval and bar, from any source. */
  private static Condition isCandleOfTheBar() {
    return CANDLES.ASSET_ID.eq(SNAPSHOTS.ASSET_ID)
        .and(CANDLES.INTERVAL.eq(SNAPSHOTS.INTERVAL))
        .and(CANDLES.TS.eq(SNAPSHOTS.BAR_TIME));
  }
}
