package io.phasewise.adapters.persistence.market;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.market.port.out.UpsertCount;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertOnDuplicateStep;
import org.jooq.InsertResultStep;
import org.jooq.InsertValuesStepN;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes batches into a time-series table idempotently by primary key, counting inserted, updated
 * and unchanged rows; a row equal to the stored one is not touched. Small batches are one multi-row
 * upsert. Large ones are COPYed: straight into the table when no stored row lies in the batch's key
 * range, otherwise into a session-local staging table, chunk by chunk, each upserted in key order
 * (concurrent upserts of overlapping rows in different orders deadlock).
 */
final class TimeSeriesWriter<R extends TableRecord<R>> {
  private static final String UNIQUE_VIOLATION = "23505";
  private static final Field<Boolean> INSERTED = DSL.field(DSL.name("inserted"), Boolean.class);

  private final Database database;
  private final Table<R> table;
  private final List<TableField<R, ?>> key;
  private final int bulkThreshold;
  private final int chunkSize;

  /**
   * @param bulkThreshold the smallest batch that takes the COPY path
   * @param chunkSize rows staged and upserted at a time on the staging path
   */
  TimeSeriesWriter(Database database, Table<R> table, int bulkThreshold, int chunkSize) {
    this.database = database;
    this.table = table;
    this.key = table.getPrimaryKey().getFields();
    this.bulkThreshold = bulkThreshold;
    this.chunkSize = chunkSize;
  }

  /** Upserts {@code rows}, which all belong to one scope (the key columns before the time). */
  <T> UpsertCount write(List<T> rows, RowFormat<T, R> format) {
    if (rows.isEmpty()) return UpsertCount.NONE;
    List<T> sorted = sortedByKey(rows, format.keyOrder());
    if (sorted.size() < bulkThreshold) return upsertValues(sorted, format);
    return database.withConnection(connection -> copyAndUpsert(connection, sorted, format));
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

  private <T> UpsertCount upsertValues(List<T> sorted, RowFormat<T, R> format) {
    DSLContext sql = database.jooq();
    InsertValuesStepN<R> insert = sql.insertInto(table, format.columns());
    for (T row : sorted) {
      R record = format.toRecord(row);
      insert = insert.values(format.columns().stream().map(record::get).toList());
    }
    List<Boolean> written = onConflictUpdateChanged(insert, format).fetch(Record1::value1);
    long inserted = written.stream().filter(Boolean::booleanValue).count();
    return counted(sorted.size(), inserted, written.size() - inserted);
  }

  private <T> UpsertCount copyAndUpsert(Connection connection, List<T> sorted, RowFormat<T, R> format)
      throws SQLException {
    if (!hasStoredRowsInRange(sorted, format)) {
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
    return upsertThroughStaging(connection, sorted, format);
  }

  private <T> boolean hasStoredRowsInRange(List<T> sorted, RowFormat<T, R> format) {
    R first = format.toRecord(sorted.get(0));
    List<Condition> scope = new ArrayList<>();
    for (TableField<R, ?> field : key.subList(0, key.indexOf(format.timeColumn()))) scope.add(equalTo(field, first));
    scope.add(format.timeColumn().between(format.time(sorted.get(0)), format.time(sorted.get(sorted.size() - 1))));
    return database.jooq().fetchExists(table, scope);
  }

  private static <R extends TableRecord<R>, V> Condition equalTo(TableField<R, V> field, R record) {
    return field.eq(record.get(field));
  }

  private <T> UpsertCount upsertThroughStaging(Connection connection, List<T> sorted, RowFormat<T, R> format)
      throws SQLException {
    String staging = table.getName() + "_staging";
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + quoted(staging) + " (LIKE " + quoted(table.getName())
          + " INCLUDING DEFAULTS) ON COMMIT DELETE ROWS");
      UpsertCount total = UpsertCount.NONE;
      for (int from = 0; from < sorted.size(); from += chunkSize) {
        List<T> chunk = sorted.subList(from, Math.min(sorted.size(), from + chunkSize));
        copy(connection, staging, chunk, format);
        total = total.plus(upsertFromStaging(staging, chunk.size(), format));
        statement.execute("TRUNCATE " + quoted(staging));
      }
      return total;
    }
  }

  /** One upsert of the staged rows that are new or differ from the stored ones, in key order. */
  private UpsertCount upsertFromStaging(String staging, int staged, RowFormat<?, R> format) {
    DSLContext sql = database.jooq();
    Map<TableField<R, ?>, Field<?>> stagedColumn = new LinkedHashMap<>();
    for (TableField<R, ?> column : format.columns()) {
      stagedColumn.put(column, DSL.field(DSL.name(staging, column.getName()), column.getDataType()));
    }
    List<TableField<R, ?>> values = nonKey(format);
    Condition sameKey = DSL.and(key.stream().map(k -> sameValue(k, stagedColumn.get(k))).toList());
    Condition newOrChanged = key.get(0).isNull()
        .or(DSL.row(values).isDistinctFrom(DSL.row(values.stream().map(stagedColumn::get).toList())));
    InsertOnDuplicateStep<R> insert = sql.insertInto(table, format.columns())
        .select(sql.select(stagedColumn.values())
            .from(DSL.table(DSL.name(staging)))
            .leftJoin(table).on(sameKey)
            .where(newOrChanged)
            .orderBy(key.stream().map(stagedColumn::get).toList()));
    Record2<Integer, Integer> written = sql.with("upserted", INSERTED.getName())
        .as(onConflictUpdateChanged(insert, format))
        .select(DSL.count().filterWhere(INSERTED), DSL.count())
        .from(DSL.table(DSL.name("upserted")))
        .fetchSingle();
    return counted(staged, written.value1(), written.value2() - written.value1());
  }

  /** Replaces stored rows only where a value differs, and reports per written row whether it was new. */
  private InsertResultStep<Record1<Boolean>> onConflictUpdateChanged(InsertOnDuplicateStep<R> insert,
      RowFormat<?, R> format) {
    List<TableField<R, ?>> values = nonKey(format);
    Map<Field<?>, Field<?>> excluded = values.stream()
        .collect(Collectors.toMap(v -> v, DSL::excluded, (a, b) -> a, LinkedHashMap::new));
    return insert.onConflict(key).doUpdate()
        .set(excluded)
        .where(DSL.row(values).isDistinctFrom(DSL.row(excluded.values())))
        // xmax is 0 in a freshly inserted row version and the locking transaction's id in an updated one
        .returningResult(DSL.field(DSL.field(DSL.name(table.getName(), "xmax")).eq(DSL.inline(0))));
  }

  private List<TableField<R, ?>> nonKey(RowFormat<?, R> format) {
    return format.columns().stream().filter(c -> !key.contains(c)).toList();
  }

  @SuppressWarnings("unchecked")
  private static <V> Condition sameValue(Field<V> stored, Field<?> staged) {
    return stored.eq((Field<V>) staged);
  }

  private static UpsertCount counted(long total, long inserted, long updated) {
    return new UpsertCount(inserted, updated, total - inserted - updated);
  }

  private <T> long copy(Connection connection, String target, List<T> rows, RowFormat<T, R> format) throws SQLException {
    String columns = format.columns().stream().map(c -> quoted(c.getName())).collect(Collectors.joining(", "));
    CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI()
        .copyIn("COPY " + quoted(target) + " (" + columns + ") FROM STDIN");
    CopyWriter out = new CopyWriter(copyIn);
    try {
      for (T row : rows) {
        format.copy(row, out);
        out.endRow();
      }
      return out.finish();
    } catch (SQLException | RuntimeException e) {
      out.cancel(e);
      throw e;
    }
  }

  private String quoted(String identifier) {
    return database.jooq().render(DSL.name(identifier));
  }
}
