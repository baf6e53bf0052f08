package io.phasewise.adapters.persistence.sentiment;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.SENTIMENT_OBSERVATIONS;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.SENTIMENT_SOURCES;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.SentimentObservationsRecord;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.sentiment.port.out.DuplicateSentimentSourceException;
import io.phasewise.application.sentiment.port.out.LoadSentimentPagesPort;
import io.phasewise.application.sentiment.port.out.LoadSentimentPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentObservationsPort;
import io.phasewise.application.sentiment.port.out.SaveSentimentSourcePort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import io.phasewise.domain.sentiment.SentimentSourceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SelectSeekStep2;

/**
 * Stores sentiment sources and observations with jOOQ. Observations are written per asset, in asset
 * order, with the idempotent bulk upserts of the other time series, all in one transaction; reads
 * walk the primary key (asset, observed time, source).
 */
final class JooqSentimentPersistenceAdapter
    implements LoadSentimentPort, LoadSentimentPagesPort, SaveSentimentSourcePort, SaveSentimentObservationsPort {
  private final DSLContext sql;
  private final TransactionPort tx;
  private final TimeSeriesWriter<SentimentObservationsRecord> writer;
  private final SentimentRecordMapper mapper = SentimentRecordMapper.INSTANCE;

  JooqSentimentPersistenceAdapter(Database database, int bulkThreshold, int chunkSize) {
    this.sql = database.jooq();
    this.tx = database.transactions();
    this.writer = new TimeSeriesWriter<>(database, SENTIMENT_OBSERVATIONS, SENTIMENT_OBSERVATIONS.OBSERVED_AT,
        bulkThreshold, chunkSize);
  }

  @Override
  public SentimentSource insert(String name, SentimentChannel channel, ReliabilityTier tier, Map<String, String> meta,
      Instant now) {
    return sql.insertInto(SENTIMENT_SOURCES).set(mapper.newSource(name, channel, tier, meta, now))
        .onConflict(SENTIMENT_SOURCES.NAME).doNothing()
        .returning()
        .fetchOptional()
        .map(mapper::toSource)
        .orElseThrow(() -> new DuplicateSentimentSourceException(name));
  }

  @Override
  public Map<SentimentSourceId, SentimentSource> sources() {
    Map<SentimentSourceId, SentimentSource> byId = new LinkedHashMap<>();
    sql.selectFrom(SENTIMENT_SOURCES).orderBy(SENTIMENT_SOURCES.ID).fetch(mapper::toSource)
        .forEach(source -> byId.put(source.id(), source));
    return Collections.unmodifiableMap(byId);
  }

  /** Assets in id order, so that concurrent batches of several assets lock them in one order. */
  @Override
  public UpsertCount saveAll(List<SentimentObservation> observations) {
    Map<Long, List<SentimentObservation>> byAsset = new TreeMap<>();
    for (SentimentObservation o : observations) byAsset.computeIfAbsent(o.asset().value(), a -> new ArrayList<>()).add(o);
    SentimentRowFormat format = new SentimentRowFormat();
    return tx.inTransaction(() -> byAsset.values().stream()
        .map(rows -> writer.write(rows, format))
        .reduce(UpsertCount.NONE, UpsertCount::plus));
  }

  @Override
  public List<SentimentObservation> observations(AssetId asset, Instant from, Instant to) {
    return inRange(asset, from, to).fetch(mapper::toObservation);
  }

  /** The observations of {@code asset} within {@code [from, to]}: one range of the primary key, read in its order. */
  SelectSeekStep2<SentimentObservationsRecord, Instant, Long> inRange(AssetId asset, Instant from, Instant to) {
    return sql.selectFrom(SENTIMENT_OBSERVATIONS)
        .where(SENTIMENT_OBSERVATIONS.ASSET_ID.eq(asset.value()), SENTIMENT_OBSERVATIONS.OBSERVED_AT.between(from, to))
        .orderBy(SENTIMENT_OBSERVATIONS.OBSERVED_AT, SENTIMENT_OBSERVATIONS.SOURCE_ID);
  }

  @Override
  public List<SentimentObservation> observations(AssetId asset, Instant from, Instant to, long offset, int limit) {
    return sql.selectFrom(SENTIMENT_OBSERVATIONS)
        .where(halfOpen(asset, from, to))
        .orderBy(SENTIMENT_OBSERVATIONS.OBSERVED_AT, SENTIMENT_OBSERVATIONS.SOURCE_ID)
        .offset(offset).limit(limit)
        .fetch(mapper::toObservation);
  }

  @Override
  public long count(AssetId asset, Instant from, Instant to) {
    return sql.fetchCount(SENTIMENT_OBSERVATIONS, halfOpen(asset, from, to));
  }

  private static Condition halfOpen(AssetId asset, Instant from, Instant to) {
    return SENTIMENT_OBSERVATIONS.ASSET_ID.eq(asset.value())
        .and(SENTIMENT_OBSERVATIONS.OBSERVED_AT.ge(from))
        .and(SENTIMENT_OBSERVATIONS.OBSERVED_AT.lt(to));
  }
}
