package io.phasewise.adapters.persistence.timeseries;

import io.phasewise.application.market.model.UpsertCount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Upserts into a table keyed by its primary key that leave equal rows untouched
 * ({@code ON CONFLICT DO UPDATE ... WHERE (values) IS DISTINCT FROM (excluded values)}) and count
 * what they did: inserted rows have {@code xmax = 0}, updated ones do not, the rest were unchanged.
 */
final class IdempotentUpsert<R extends TableRecord<R>> {
  private static final Field<Boolean> INSERTED = DSL.field(DSL.name("inserted"), Boolean.class);

  private final DSLContext sql;
  private final Table<R> table;
  private final List<TableField<R, ?>> columns;
  private final List<TableField<R, ?>> key;
  private final List<TableField<R, ?>> values;

  IdempotentUpsert(DSLContext sql, Table<R> table, List<TableField<R, ?>> columns) {
    this.sql = sql;
    this.table = table;
    this.columns = columns;
    this.key = table.getPrimaryKey().getFields();
    this.values = columns.stream().filter(c -> !key.contains(c)).toList();
  }

  /** One multi-row statement for {@code records}, which are sorted by key. */
  UpsertCount values(List<R> records) {
    InsertValuesStepN<R> insert = sql.insertInto(table, columns);
    for (R record : records) insert = insert.values(columns.stream().map(record::get).toList());
    List<Boolean> written = onConflictUpdateChanged(insert).fetch(Record1::value1);
    long inserted = written.stream().filter(Boolean::booleanValue).count();
    return counted(records.size(), inserted, written.size() - inserted);
  }

  /**
   * One statement for the {@code staged} rows of table {@code staging}: those new or different from
   * the stored rows, compared with a join against {@code storedRange} (so that unchanged rows are not
   * even locked), are upserted in key order.
   */
  UpsertCount fromStaging(String staging, long staged, Condition storedRange) {
    Map<TableField<R, ?>, Field<?>> stagedColumn = new LinkedHashMap<>();
    for (TableField<R, ?> column : columns) {
      stagedColumn.put(column, DSL.field(DSL.name(staging, column.getName()), column.getDataType()));
    }
    Condition sameKey = DSL.and(key.stream().map(k -> sameValue(k, stagedColumn.get(k))).toList());
    Condition newOrChanged = key.get(0).isNull()
        .or(DSL.row(values).isDistinctFrom(DSL.row(values.stream().map(stagedColumn::get).toList())));
    InsertOnDuplicateStep<R> insert = sql.insertInto(table, columns)
        .select(sql.select(stagedColumn.values())
            .from(DSL.table(DSL.name(staging)))
            .leftJoin(table).on(sameKey.and(storedRange))
            .where(newOrChanged)
            .orderBy(key.stream().map(stagedColumn::get).toList()));
    Record2<Integer, Integer> written = sql.with("upserted", INSERTED.getName())
        .as(onConflictUpdateChanged(insert))
        .select(DSL.count().filterWhere(INSERTED), DSL.count())
        .from(DSL.table(DSL.name("upserted")))
        .fetchSingle();
    return counted(staged, written.value1(), written.value2() - written.value1());
  }

  private InsertResultStep<Record1<Boolean>> onConflictUpdateChanged(InsertOnDuplicateStep<R> insert) {
    Map<Field<?>, Field<?>> excluded = new LinkedHashMap<>();
    for (TableField<R, ?> value : values) excluded.put(value, DSL.excluded(value));
    return insert.onConflict(key).doUpdate()
        .set(excluded)
        .where(DSL.row(values).isDistinctFrom(DSL.row(excluded.values())))
        // xmax is 0 in a freshly inserted row version and the locking transaction's id in an updated one
        .returningResult(DSL.field(DSL.field(DSL.name(table.getName(), "xmax")).eq(DSL.inline(0))));
  }

  @SuppressWarnings("unchecked")
  private static <V> Condition sameValue(Field<V> stored, Field<?> staged) {
    return stored.eq((Field<V>) staged);
  }

  private static UpsertCount counted(long total, long inserted, long updated) {
    return new UpsertCount(inserted, updated, total - inserted - updated);
  }
}
