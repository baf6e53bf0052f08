package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.TICKS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.TicksRecord;
import io.phasewise.adapters.persistence.timeseries.CopyWriter;
import io.phasewise.adapters.persistence.timeseries.RowFormat;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Tick;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jooq.TableField;

/** The ticks of one asset as rows of {@code ticks}. */
final class TickRowFormat implements RowFormat<Tick, TicksRecord> {
  private static final List<TableField<TicksRecord, ?>> COLUMNS = List.of(
      TICKS.ASSET_ID, TICKS.TS, TICKS.SOURCE, TICKS.PRICE, TICKS.SIZE, TICKS.BID, TICKS.ASK, TICKS.BID_SIZE,
      TICKS.ASK_SIZE);
  private static final Comparator<Tick> KEY_ORDER = Comparator.comparing(Tick::time).thenComparing(Tick::source);

  private final AssetId asset;

  TickRowFormat(AssetId asset) {
    this.asset = asset;
  }

  @Override
  public List<TableField<TicksRecord, ?>> columns() {
    return COLUMNS;
  }

  @Override
  public Instant time(Tick tick) {
    return tick.time();
  }

  @Override
  public Comparator<Tick> keyOrder() {
    return KEY_ORDER;
  }

  @Override
  public TicksRecord toRecord(Tick tick) {
    return TickRecordMapper.INSTANCE.toRecord(asset, tick);
  }

  @Override
  public void copy(Tick tick, CopyWriter out) throws SQLException {
    out.number(asset.value());
    out.time(tick.time());
    out.text(tick.source());
    out.number(tick.price());
    out.number(tick.size());
    out.number(tick.bid());
    out.number(tick.ask());
    out.number(tick.bidSize());
    out.number(tick.askSize());
  }
}
