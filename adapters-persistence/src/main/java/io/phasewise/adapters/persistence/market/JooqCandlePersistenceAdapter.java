package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.CANDLES;

import io.phasewise.adapters.persistence.jooq.generated.tables.Candles;
import io.phasewise.adapters.persistence.jooq.generated.tables.records.CandlesRecord;
import io.phasewise.adapters.persistence.shared.AdvisoryLocks;
import io.phasewise.adapters.persistence.shared.AssetKeys;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.market.port.out.SaveCandlesPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Record6;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectIntoStep;
import org.jooq.SelectSeekStep2;
import org.jooq.SelectSelectStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Stores candles in {@code candles} with idempotent bulk upserts, and reads them in open-time order;
 * where several sources hold a bar and none is named, the first source by name wins. Writes to one
 * asset take turns: each transaction holds the asset's advisory lock from its first write until it
 * ends, because two imports writing overlapping bars chunk by chunk lock rows in crossing orders and
 * deadlock. The transaction that commits last therefore wins where two imports disagree on a bar.
 */
final class JooqCandlePersistenceAdapter implements SaveCandlesPort, LoadCandlesPort {
  /** Rows fetched per round trip when streaming a series inside a transaction. */
  private static final int SERIES_FETCH_SIZE = 10_000;

  private final DSLContext sql;
  private final TimeSeriesWriter<CandlesRecord> writer;
  private final CandleRecordMapper mapper = CandleRecordMapper.INSTANCE;

  JooqCandlePersistenceAdapter(Database database, int bulkThreshold, int chunkSize) {
    this.sql = database.jooq();
    this.writer = new TimeSeriesWriter<>(database, CANDLES, CANDLES.TS, bulkThreshold, chunkSize);
  }

  @Override
  public UpsertCount saveAll(AssetId asset, Interval interval, List<Candle> candles) {
    if (candles.isEmpty()) return UpsertCount.NONE;
    AdvisoryLocks.holdUntilCommit(sql, AdvisoryLocks.CANDLE_WRITES, asset.value());
    return writer.write(candles, new CandleRowFormat(asset, interval));
  }

  @Override
  public List<Candle> load(AssetId asset, Interval interval, Instant from, Instant to, String source, long offset,
      int limit) {
    return series(sql.select(CANDLES.fields()), asset, interval, from, to, source)
        .offset(offset).limit(limit)
        .fetch(row -> mapper.toCandle(row.into(CANDLES)));
  }

  @Override
  public CandleSeries loadSeries(AssetId asset, Interval interval, Instant from, Instant to, String source) {
    CandleSeries.Builder series = CandleSeries.builder(interval);
    try (Cursor<Record6<Instant, Double, Double, Double, Double, Double>> bars = series(sql.select(CANDLES.TS,
            asDouble(CANDLES.OPEN), asDouble(CANDLES.HIGH), asDouble(CANDLES.LOW), asDouble(CANDLES.CLOSE),
            asDouble(CANDLES.VOLUME)), asset, interval, from, to, source)
        .fetchSize(SERIES_FETCH_SIZE)
        .fetchLazy()) {
      for (Record6<Instant, Double, Double, Double, Double, Double> bar : bars) {
        series.add(bar.value1().toEpochMilli(), bar.value2(), bar.value3(), bar.value4(), bar.value5(), bar.value6());
      }
    }
    return series.build();
  }

  private static Field<Double> asDouble(Field<BigDecimal> price) {
    return price.cast(SQLDataType.DOUBLE);
  }

  /**
   * The newest {@code bars} distinct open times before {@code before} come from a backward walk of
   * the primary key, which reads each time once per source and stops there; the answer is their oldest.
   */
  @Override
  public Optional<Instant> barTimeBefore(AssetId asset, Interval interval, Instant before, int bars) {
    if (bars < 1) throw new IllegalArgumentException("bars must be positive: " + bars);
    Table<Record1<Instant>> newest = sql.selectDistinct(CANDLES.TS)
        .from(CANDLES)
        .where(CANDLES.ASSET_ID.eq(asset.value()), CANDLES.INTERVAL.eq(interval.code()), CANDLES.TS.lt(before))
        .orderBy(CANDLES.TS.desc())
        .limit(bars)
        .asTable("newest");
    return Optional.ofNullable(sql.select(DSL.min(newest.field(CANDLES.TS))).from(newest).fetchSingle().value1());
  }

  @Override
  public long count(AssetId asset, Interval interval, Instant from, Instant to, String source) {
    return sql.fetchCount(series(sql.select(CANDLES.TS), asset, interval, from, to, source));
  }

  /** The bars of a range in time order, one per open time when no source is named. */
  private <R extends Record> SelectSeekStep2<R, Instant, String> series(SelectSelectStep<R> select, AssetId asset,
      Interval interval, Instant from, Instant to, String source) {
    SelectIntoStep<R> perTime = source == null ? select.distinctOn(CANDLES.TS) : select;
    Condition bars = CANDLES.ASSET_ID.eq(asset.value())
        .and(CANDLES.INTERVAL.eq(interval.code()))
        .and(CANDLES.TS.ge(from))
        .and(CANDLES.TS.lt(to));
    return perTime.from(CANDLES)
        .where(source == null ? bars : bars.and(CANDLES.SOURCE.eq(source)))
        .orderBy(CANDLES.TS, CANDLES.SOURCE);
  }

  /**
   * Bars with no bar before them are left out: an action there has nothing to rescale. So is a
   * dividend not below the previous close, which no price factor can express.
   */
  @Override
  public List<CorporateAction> corporateActionsAfter(AssetId asset, Interval interval, Instant from, String source) {
    Candles bar = CANDLES.as("bar");
    Candles previous = CANDLES.as("previous");
    Table<Record1<BigDecimal>> previousClose = DSL.lateral(
        sql.select(previous.CLOSE)
            .from(previous)
            .where(previous.ASSET_ID.eq(bar.ASSET_ID), previous.INTERVAL.eq(bar.INTERVAL), previous.TS.lt(bar.TS),
                source == null ? DSL.noCondition() : previous.SOURCE.eq(bar.SOURCE))
            .orderBy(previous.TS.desc(), previous.SOURCE)
            .limit(1)
            .asTable("previous_close"));
    List<CorporateActionRow> rows = sql
        .select(bar.TS, bar.DIV_CASH, bar.SPLIT_FACTOR, previousClose.field(previous.CLOSE))
        .from(bar)
        .join(previousClose).on(DSL.trueCondition())
        .where(bar.ASSET_ID.eq(asset.value()), bar.INTERVAL.eq(interval.code()), bar.TS.gt(from),
            // inline constants, so that the planner can use the partial index of corporate actions
            bar.DIV_CASH.ne(DSL.inline(BigDecimal.ZERO)).or(bar.SPLIT_FACTOR.ne(DSL.inline(BigDecimal.ONE))),
            source == null ? isFirstSourceAtItsTime(bar) : bar.SOURCE.eq(source))
        .orderBy(bar.TS)
        .fetch(Records.mapping(CorporateActionRow::new));
    List<CorporateAction> actions = new ArrayList<>();
    for (CorporateActionRow row : rows) {
      if (row.hasSplit()) actions.add(mapper.toSplit(row));
      if (row.hasApplicableDividend()) actions.add(mapper.toDividend(row));
    }
    return actions;
  }

  private Condition isFirstSourceAtItsTime(Candles bar) {
    Candles other = CANDLES.as("other");
    return DSL.notExists(sql.selectOne().from(other).where(other.ASSET_ID.eq(bar.ASSET_ID),
        other.INTERVAL.eq(bar.INTERVAL), other.TS.eq(bar.TS), other.SOURCE.lt(bar.SOURCE)));
  }

  @Override
  public Map<AssetId, Candle> latest(Collection<AssetId> assets, Interval interval) {
    if (assets.isEmpty()) return Map.of();
    Map<AssetId, Candle> candles = new LinkedHashMap<>();
    for (CandlesRecord candle : AssetKeys.eachOf(sql, assets, CANDLES, asset -> sql.selectFrom(CANDLES)
        .where(CANDLES.ASSET_ID.eq(asset), CANDLES.INTERVAL.eq(interval.code()))
        .orderBy(CANDLES.TS.desc(), CANDLES.SOURCE)
        .limit(1))) {
      candles.put(new AssetId(candle.getAssetId()), mapper.toCandle(candle));
    }
    return candles;
  }
}
