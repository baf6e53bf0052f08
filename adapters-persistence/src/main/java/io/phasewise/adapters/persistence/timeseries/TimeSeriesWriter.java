package io.phasewise.adapters.persistence.timeseries;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.market.model.UpsertCount;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Writes batches into a time-series table idempotently by primary key. Small batches are one
 * multi-row upsert. Large ones are COPYed: straight into the table when no stored row lies in the
 * batch's key range, otherwise into a session-local staging table, chunk by chunk, each chunk
 * upserted in key order (concurrent upserts of overlapping rows in different orders deadlock).
 * Adapter infrastructure shared by the persistence contexts.
 */
public final class TimeSeriesWriter<R extends TableRecord<R>> {
  /** Batches this large or larger are written with COPY: from about here on it beats a multi-row INSERT. */
  public static final int BULK_THRESHOLD = 100;
  /** Rows staged and upserted at a time when a bulk batch overlaps stored rows. */
  public static final int STAGING_CHUNK = 50_000;
  private static final String UNIQUE_VIOLATION = "23505";

  private final Database database;
  private final Table<R> table;
  private final TableField<R, Instant> timeColumn;
  /** The key columns before the time: equal in all rows of a batch. */
  private final List<TableField<R, ?>> scope;
  private final BatchForeignKeys<R> foreignKeys;
  private final int bulkThreshold;
  private final int chunkSize;

  /**
   * @param timeColumn the key column after which rows of a batch differ
   * @param bulkThreshold the smallest batch that takes the COPY path
   * @param chunkSize rows staged and upserted at a time on the staging path
   */
  public TimeSeriesWriter(Database database, Table<R> table, TableField<R, Instant> timeColumn, int bulkThreshold,
      int chunkSize) {
    List<TableField<R, ?>> key = table.getPrimaryKey().getFields();
    this.database = database;
    this.table = table;
    this.timeColumn = timeColumn;
    this.scope = key.subList(0, key.indexOf(timeColumn));
    this.foreignKeys = new BatchForeignKeys<>(database.jooq(), table, scope);
    this.bulkThreshold = bulkThreshold;
    this.chunkSize = chunkSize;
  }

  /** Upserts {@code rows}, which share the scope columns, and counts inserted, updated and unchanged rows. */
  public <T> UpsertCount write(List<T> rows, RowFormat<T, R> format) {
    if (rows.isEmpty()) return UpsertCount.NONE;
    List<T> sorted = sortedByKey(rows, format.keyOrder());
    IdempotentUpsert<R> upsert = new IdempotentUpsert<>(database.jooq(), table, format.columns());
    if (sorted.size() < bulkThreshold) return upsert.values(sorted.stream().map(format::toRecord).toList());
    return database.withConnection(connection -> copyAndUpsert(connection, sorted, format, upsert));
  }

  private static <T> List<T> sortedByKey(List<T> rows, Comparator<T> order) {
    List<T> sorted = rows instanceof RandomAccess ? rows : new ArrayList<>(rows);
    if (!isStrictlyIncreasing(sorted, order)) {
      sorted = new ArrayList<>(sorted);
      sorted.sort(order);
      if (!isStrictlyIncreasing(sorted, order)) throw new IllegalArgumentException("two rows of the batch share a key");
    }
    return sorted;
  }

  private static <T> boolean isStrictlyIncreasing(List<T> rows, Comparator<T> order) {
    for (int i = 1; i < rows.size(); i++) {
      if (order.compare(rows.get(i - 1), rows.get(i)) >= 0) return false;
    }
    return true;
  }

  private <T> UpsertCount copyAndUpsert(Connection connection, List<T> sorted, RowFormat<T, R> format,
      IdempotentUpsert<R> upsert) throws SQLException {
    // after a failure the transaction rolls back, which switches per-row checks back on by itself
    boolean rowChecksSkipped = foreignKeys.checkOnceAndSkipRowChecks(format.toRecord(sorted.get(0)));
    UpsertCount count = copyOrStage(connection, sorted, format, upsert);
    if (rowChecksSkipped) foreignKeys.restoreRowChecks();
    return count;
  }

  private <T> UpsertCount copyOrStage(Connection connection, List<T> sorted, RowFormat<T, R> format,
      IdempotentUpsert<R> upsert) throws SQLException {
    if (!database.jooq().fetchExists(table, storedRange(sorted, format))) {
      Savepoint beforeCopy = connection.setSavepoint();
      try {
        long inserted = copy(connection, table.getName(), sorted, format);
        connection.releaseSavepoint(beforeCopy);
        return new UpsertCount(inserted, 0, 0);
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) throw e;
        connection.rollback(beforeCopy); // a concurrent writer stored rows in the range meanwhile
      }
    }
    return stageAndUpsert(connection, sorted, format, upsert);
  }

  /** The stored rows that may share a key with {@code sorted}: same scope, time between its first and last. */
  private <T> Condition storedRange(List<T> sorted, RowFormat<T, R> format) {
    R first = format.toRecord(sorted.get(0));
    List<Condition> range = new ArrayList<>();
    for (TableField<R, ?> field : scope) range.add(equalTo(field, first));
    range.add(timeColumn.between(format.time(sorted.get(0)), format.time(sorted.get(sorted.size() - 1))));
    return DSL.and(range);
  }

  private static <R extends TableRecord<R>, V> Condition equalTo(TableField<R, V> field, R record) {
    return field.eq(record.get(field));
  }

  private <T> UpsertCount stageAndUpsert(Connection connection, List<T> sorted, RowFormat<T, R> format,
      IdempotentUpsert<R> upsert) throws SQLException {
    String staging = table.getName() + "_staging";
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + quoted(staging) + " (LIKE " + quoted(table.getName())
          + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
      UpsertCount total = UpsertCount.NONE;
      for (int from = 0; from < sorted.size(); from += chunkSize) {
        List<T> chunk = sorted.subList(from, Math.min(sorted.size(), from + chunkSize));
        copy(connection, staging, chunk, format);
        total = total.plus(upsert.fromStaging(staging, chunk.size(), storedRange(chunk, format)));
        statement.execute("TRUNCATE " + quoted(staging));
      }
      return total;
    }
  }

  private <T> long copy(Connection connection, String target, List<T> rows, RowFormat<T, R> format) throws SQLException {
    String columns = format.columns().stream().map(c -> quoted(c.getName())).collect(Collectors.joining(", "));
    return CopyWriter.copyIn(connection, "COPY " + quoted(target) + " (" + columns + ") FROM STDIN", out -> {
      for (T row : rows) {
        format.copy(row, out);
        out.endRow();
      }
    });
  }

  private String quoted(String identifier) {
    return database.jooq().render(DSL.name(identifier));
  }
}
