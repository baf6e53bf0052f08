package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.CANDLES;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.CandlesRecord;
import io.phasewise.adapters.persistence.timeseries.CopyWriter;
import io.phasewise.adapters.persistence.timeseries.RowFormat;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jooq.TableField;

/** The candles of one asset and interval as rows of {@code candles}. */
final class CandleRowFormat implements RowFormat<Candle, CandlesRecord> {
  private static final List<TableField<CandlesRecord, ?>> COLUMNS = List.of(
      CANDLES.ASSET_ID, CANDLES.INTERVAL, CANDLES.TS, CANDLES.SOURCE,
      CANDLES.OPEN, CANDLES.HIGH, CANDLES.LOW, CANDLES.CLOSE, CANDLES.VOLUME,
      CANDLES.ADJ_OPEN, CANDLES.ADJ_HIGH, CANDLES.ADJ_LOW, CANDLES.ADJ_CLOSE, CANDLES.ADJ_VOLUME,
      CANDLES.DIV_CASH, CANDLES.SPLIT_FACTOR);
  private static final Comparator<Candle> KEY_ORDER = Comparator.comparing(Candle::time).thenComparing(Candle::source);

  private final AssetId asset;
  private final Interval interval;

  CandleRowFormat(AssetId asset, Interval interval) {
    this.asset = asset;
    this.interval = interval;
  }

  @Override
  public List<TableField<CandlesRecord, ?>> columns() {
    return COLUMNS;
  }

  @Override
  public Instant time(Candle candle) {
    return candle.time();
  }

  @Override
  public Comparator<Candle> keyOrder() {
    return KEY_ORDER;
  }

  @Override
  public CandlesRecord toRecord(Candle candle) {
    return CandleRecordMapper.INSTANCE.toRecord(asset, interval, candle);
  }

  @Override
  public void copy(Candle candle, CopyWriter out) throws SQLException {
    out.number(asset.value());
    out.text(interval.code());
    out.time(candle.time());
    out.text(candle.source());
    out.number(candle.open());
    out.number(candle.high());
    out.number(candle.low());
    out.number(candle.close());
    out.number(candle.volume());
    Candle.Adjusted adjusted = candle.adjusted();
    out.number(adjusted == null ? null : adjusted.open());
    out.number(adjusted == null ? null : adjusted.high());
    out.number(adjusted == null ? null : adjusted.low());
    out.number(adjusted == null ? null : adjusted.close());
    out.number(adjusted == null ? null : adjusted.volume());
    out.number(candle.dividendCash());
    out.number(candle.splitFactor());
  }
}
