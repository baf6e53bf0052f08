package io.phasewise.adapters.persistence.timeseries;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * How the rows of one batch (equal in the key columns before the time, e.g. one asset and interval)
 * become rows of a time-series table: as jOOQ records for small batches, as COPY text for large ones.
 *
 * @param <T> the domain row
 * @param <R> the table's record
 */
public interface RowFormat<T, R extends TableRecord<R>> {

  /** Every column, in the order {@link #copy} writes them. */
  List<TableField<R, ?>> columns();

  Instant time(T row);

  /** Primary-key order of the batch's rows; no two rows of a batch compare equal. */
  Comparator<T> keyOrder();

  R toRecord(T row);

  /** Writes every column of {@code row} in {@link #columns()} order, without ending the row. */
  void copy(T row, CopyWriter out) throws SQLException;
}
