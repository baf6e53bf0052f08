package io.phasewise.adapters.persistence.portfolio;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.LEDGER_REVISIONS;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.PORTFOLIOS;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.LedgerRevisionsRecord;
import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.RevisionKind;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.impl.DSL;

/**
 * The ledgers' audit trails in {@code ledger_revisions} with jOOQ: a whole trail in one query in
 * the order it was made, and new revisions appended after the stored ones, which are never rewritten.
 */
final class JooqLedgerRevisions {
  /** Rows per INSERT: 26 parameters each, well below PostgreSQL's 32,767 per statement. */
  private static final int ROWS_PER_INSERT = 1_000;

  private final DSLContext sql;

  JooqLedgerRevisions(DSLContext sql) {
    this.sql = sql;
  }

  /** The audit trail of {@code portfolio}, oldest revision first. */
  List<LedgerRevision> load(PortfolioId portfolio) {
    return sql.selectFrom(LEDGER_REVISIONS)
        .where(LEDGER_REVISIONS.PORTFOLIO_ID.eq(portfolio.value()))
        .orderBy(LEDGER_REVISIONS.POSITION)
        .fetch(LedgerRevisionRows::toRevision);
  }

  /**
   * Inserts the revisions of {@code trail} that are not stored yet: those past the stored count. The
   * caller holds the portfolio's row lock (its versioned update), so no other save appends meanwhile.
   */
  void appendNew(PortfolioId portfolio, List<LedgerRevision> trail) {
    int stored = sql.select(DSL.coalesce(DSL.max(LEDGER_REVISIONS.POSITION).plus(1), 0))
        .from(LEDGER_REVISIONS)
        .where(LEDGER_REVISIONS.PORTFOLIO_ID.eq(portfolio.value()))
        .fetchSingle().value1();
    if (stored > trail.size()) {
      throw new IllegalArgumentException("portfolio " + portfolio + " holds " + trail.size() + " revisions but "
          + stored + " are stored: stored revisions are never removed");
    }
    for (int from = stored; from < trail.size(); from += ROWS_PER_INSERT) {
      int to = Math.min(trail.size(), from + ROWS_PER_INSERT);
      InsertValuesStepN<LedgerRevisionsRecord> insert = sql.insertInto(LEDGER_REVISIONS).columns(LEDGER_REVISIONS.fields());
      for (int position = from; position < to; position++) {
        insert = insert.values(LedgerRevisionRows.toRecord(portfolio, position, trail.get(position)).intoArray());
      }
      insert.execute();
    }
  }

  /** {@code owner}'s portfolios by name (as Java orders text), each with the number of events in force. */
  List<PortfolioSummaryRow> summaries(UserId owner) {
    // A deletion is always an event's last revision (a deleted event cannot be revised), so the
    // events in force are the events minus the deletions.
    Field<Integer> events = DSL.field(DSL.select(DSL.countDistinct(LEDGER_REVISIONS.EVENT_ID)
            .minus(DSL.count().filterWhere(LEDGER_REVISIONS.KIND.eq(RevisionKind.DELETED.name()))))
        .from(LEDGER_REVISIONS)
        .where(LEDGER_REVISIONS.PORTFOLIO_ID.eq(PORTFOLIOS.ID)));
    List<PortfolioSummaryRow> rows = new ArrayList<>();
    sql.select(PORTFOLIOS.ID, PORTFOLIOS.NAME, PORTFOLIOS.BASE_CURRENCY, PORTFOLIOS.METHOD, PORTFOLIOS.ALLOW_SHORTS, events,
            PORTFOLIOS.VERSION, PORTFOLIOS.CREATED_AT)
        .from(PORTFOLIOS)
        .where(PORTFOLIOS.USER_ID.eq(owner.value()))
        .orderBy(PORTFOLIOS.NAME.collate("C"), PORTFOLIOS.ID)
        .forEach(r -> rows.add(new PortfolioSummaryRow(PortfolioValues.portfolioId(r.value1()), r.value2(),
            PortfolioValues.currency(r.value3()), PortfolioValues.method(r.value4()), r.value5(), r.value6(), r.value7(), r.value8())));
    return rows;
  }
}
