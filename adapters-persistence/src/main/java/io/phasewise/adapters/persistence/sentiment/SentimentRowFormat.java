package io.phasewise.adapters.persistence.sentiment;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.SENTIMENT_OBSERVATIONS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.SentimentObservationsRecord;
import io.phasewise.adapters.persistence.shared.JsonColumns;
import io.phasewise.adapters.persistence.timeseries.CopyWriter;
import io.phasewise.adapters.persistence.timeseries.RowFormat;
import io.phasewise.domain.sentiment.SentimentObservation;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jooq.TableField;

/**
 * The observations of one asset as rows of {@code sentiment_observations}, in key order (time, then
 * source); {@code recorded_at} is left to its default, so it tells when a row was first stored.
 */
final class SentimentRowFormat implements RowFormat<SentimentObservation, SentimentObservationsRecord> {
  private static final List<TableField<SentimentObservationsRecord, ?>> COLUMNS = List.of(
      SENTIMENT_OBSERVATIONS.ASSET_ID, SENTIMENT_OBSERVATIONS.OBSERVED_AT, SENTIMENT_OBSERVATIONS.SOURCE_ID,
      SENTIMENT_OBSERVATIONS.SCORE, SENTIMENT_OBSERVATIONS.MAGNITUDE, SENTIMENT_OBSERVATIONS.FEATURES);
  static final Comparator<SentimentObservation> KEY_ORDER =
      Comparator.comparing(SentimentObservation::observedAt).thenComparingLong(o -> o.source().value());

  @Override
  public List<TableField<SentimentObservationsRecord, ?>> columns() {
    return COLUMNS;
  }

  @Override
  public Instant time(SentimentObservation observation) {
    return observation.observedAt();
  }

  @Override
  public Comparator<SentimentObservation> keyOrder() {
    return KEY_ORDER;
  }

  @Override
  public SentimentObservationsRecord toRecord(SentimentObservation observation) {
    return SentimentRecordMapper.INSTANCE.toRecord(observation);
  }

  @Override
  public void copy(SentimentObservation observation, CopyWriter out) throws SQLException {
    out.number(observation.asset().value());
    out.time(observation.observedAt());
    out.number(observation.source().value());
    out.number(observation.score());
    out.number(observation.magnitude());
    out.text(JsonColumns.sortedObject(observation.features()));
  }
}
