package io.phasewise.adapters.persistence.timeseries;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.TableRecord;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

/**
 * Checks the foreign keys of a bulk batch once instead of once per row, where that is sound: every
 * foreign key lies in the columns all rows of the batch share, and the session may switch off
 * PostgreSQL's per-row checks (a superuser, as the embedded database runs). Each referenced row is
 * then locked {@code FOR KEY SHARE} until commit, exactly as the per-row check would lock it, and
 * the caller writes with {@code session_replication_role = replica}, which skips the per-row
 * checks. That setting skips every trigger: the tables written this way have none of their own.
 */
final class BatchForeignKeys<R extends TableRecord<R>> {
  private static final String FOREIGN_KEY_VIOLATION = "23503";
  private static final Field<String> SUPERUSER = DSL.field("current_setting('is_superuser')", String.class);
  private static final Field<String> REPLICATION_ROLE = DSL.field("current_setting('session_replication_role')", String.class);

  private final DSLContext sql;
  private final List<ForeignKey<R, ?>> foreignKeys;
  private final boolean sharedByBatch;

  BatchForeignKeys(DSLContext sql, Table<R> table, List<TableField<R, ?>> batchColumns) {
    this.sql = sql;
    this.foreignKeys = table.getReferences();
    this.sharedByBatch = foreignKeys.stream().allMatch(fk -> batchColumns.containsAll(fk.getFields()));
  }

  /**
   * Checks and locks the rows {@code sample} refers to, and switches per-row checks off for the rest
   * of the transaction, if that is sound; returns whether it did.
   *
   * @throws IntegrityConstraintViolationException when a referenced row does not exist, as PostgreSQL
   *     reports a foreign key violation
   */
  boolean checkOnceAndSkipRowChecks(R sample) {
    if (!sharedByBatch) return false;
    Record2<String, String> session = sql.select(SUPERUSER, REPLICATION_ROLE).fetchSingle();
    if (!"on".equals(session.value1()) || !"origin".equals(session.value2())) return false;
    for (ForeignKey<R, ?> fk : foreignKeys) lockReferencedRow(fk, sample);
    setReplicationRole("replica");
    return true;
  }

  /** Switches per-row checks back on after {@link #checkOnceAndSkipRowChecks} switched them off. */
  void restoreRowChecks() {
    setReplicationRole("origin");
  }

  private void setReplicationRole(String role) {
    sql.execute("SET LOCAL session_replication_role = " + role);
  }

  private <O extends Record> void lockReferencedRow(ForeignKey<R, O> fk, R sample) {
    List<Condition> sameKey = new ArrayList<>();
    for (int i = 0; i < fk.getFields().size(); i++) {
      sameKey.add(sameValue(fk.getKeyFields().get(i), sample.get(fk.getFields().get(i))));
    }
    if (sql.selectOne().from(fk.getKey().getTable()).where(sameKey).forKeyShare().fetchOptional().isEmpty()) {
      String message = "insert into " + fk.getTable().getName() + " violates foreign key " + fk.getName() + ": no "
          + fk.getKey().getTable().getName() + " where " + DSL.and(sameKey);
      throw new IntegrityConstraintViolationException(message, new SQLException(message, FOREIGN_KEY_VIOLATION));
    }
  }

  @SuppressWarnings("unchecked")
  private static <V> Condition sameValue(Field<V> field, Object value) {
    return field.eq((V) value);
  }
}
