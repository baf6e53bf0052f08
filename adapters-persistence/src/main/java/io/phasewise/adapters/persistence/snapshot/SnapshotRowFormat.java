package io.phasewise.adapters.persistence.snapshot;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.SNAPSHOTS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.SnapshotsRecord;
import io.phasewise.adapters.persistence.timeseries.CopyWriter;
import io.phasewise.adapters.persistence.timeseries.RowFormat;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.TableField;

/**
 * The bars of a snapshot frame, each by its index, as rows of {@code snapshots}: the COPY text comes
 * straight from the frame's columns, without building per-bar snapshot objects.
 */
final class SnapshotRowFormat implements RowFormat<Integer, SnapshotsRecord> {
  /** The key, then one column per {@link Column} in its order, then the extras. */
  private static final List<TableField<SnapshotsRecord, ?>> COLUMNS = storedColumns();

  private final SnapshotFrame frame;

  SnapshotRowFormat(SnapshotFrame frame) {
    this.frame = frame;
  }

  private static List<TableField<SnapshotsRecord, ?>> storedColumns() {
    List<TableField<SnapshotsRecord, ?>> columns = new ArrayList<>(List.of(SNAPSHOTS.ASSET_ID, SNAPSHOTS.INTERVAL,
        SNAPSHOTS.BAR_TIME));
    for (Column column : Column.values()) columns.add(storedIn(column));
    columns.add(SNAPSHOTS.EXTRAS);
    return List.copyOf(columns);
  }

  /** The table column of {@code column}: the enum names its columns as they are stored. */
  @SuppressWarnings("unchecked")
  private static TableField<SnapshotsRecord, ?> storedIn(Column column) {
    Field<?> field = SNAPSHOTS.field(column.name().toLowerCase(Locale.ROOT));
    if (field == null) throw new IllegalStateException("snapshots has no column for " + column);
    return (TableField<SnapshotsRecord, ?>) field;
  }

  @Override
  public List<TableField<SnapshotsRecord, ?>> columns() {
    return COLUMNS;
  }

  @Override
  public Instant time(Integer bar) {
    return frame.barTime(bar);
  }

  @Override
  public Comparator<Integer> keyOrder() {
    return Comparator.comparingLong(frame::openTimeMillis);
  }

  @Override
  public SnapshotsRecord toRecord(Integer bar) {
    return SnapshotRecordMapper.INSTANCE.toRecord(frame.market(bar), frame.indicators(bar), frame.features(bar));
  }

  @Override
  public void copy(Integer bar, CopyWriter out) throws SQLException {
    out.number(frame.asset().value());
    out.text(frame.interval().code());
    out.time(frame.barTime(bar));
    for (Column column : Column.values()) out.number(frame.value(column, bar));
    out.text(SnapshotValues.json(frame.extras(bar)));
  }
}
