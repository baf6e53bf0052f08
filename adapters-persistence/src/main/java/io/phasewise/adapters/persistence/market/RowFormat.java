package io.phasewise.adapters.persistence.market;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * How the rows of one batch (one asset, one interval) become rows of a time-series table: as jOOQ
 * records for small batches, as COPY text for large ones.
 *
 * @param <T> the domain row
 * @param <R> the table's record
 */
interface RowFormat<T, R extends TableRecord<R>> {

  /** Every column, in the order {@link #copy} writes them; the primary key comes first. */
  List<TableField<R, ?>> columns();

  /** The column holding the row's time, part of the primary key. */
  TableField<R, Instant> timeColumn();

  Instant time(T row);

  /** Primary-key order of the batch's rows; no two rows of a batch compare equal. */
  Comparator<T> keyOrder();

  R toRecord(T row);

  /** Writes every column of {@code row} in {@link #columns()} order, without ending the row. */
  void copy(T row, CopyWriter out) throws SQLException;
}
