package io.phasewise.adapters.persistence.portfolio;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.LEDGER_REVISIONS;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.PORTFOLIOS;

import io.phasewise.adapters.persistence.shared.DatabaseFailures;
import io.phasewise.adapters.persistence.timeseries.CopyWriter;
import io.phasewise.application.portfolio.model.PortfolioSummaryRow;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.portfolio.LedgerRevision;
import io.phasewise.domain.portfolio.PortfolioId;
import io.phasewise.domain.portfolio.RevisionKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The ledgers' audit trails in {@code ledger_revisions} with jOOQ: a whole trail in one query in
 * the order it was made, and new revisions appended after the stored ones, which are never rewritten.
 */
final class JooqLedgerRevisions {
  private final DSLContext sql;

  JooqLedgerRevisions(DSLContext sql) {
    this.sql = sql;
  }

  /** The audit trail of {@code portfolio}, oldest revision first. */
  List<LedgerRevision> load(PortfolioId portfolio) {
    List<LedgerRevision> revisions = new ArrayList<>();
    LedgerRevisionRows.Reader reader = new LedgerRevisionRows.Reader();
    try (ResultSet rows = sql.select(LedgerRevisionRows.READ).from(LEDGER_REVISIONS)
        .where(LEDGER_REVISIONS.PORTFOLIO_ID.eq(portfolio.value()))
        .orderBy(LEDGER_REVISIONS.POSITION)
        .fetchResultSet()) {
      while (rows.next()) revisions.add(reader.read(rows));
    } catch (SQLException e) {
      throw DatabaseFailures.translateChecked(e);
    }
    return revisions;
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
    if (stored < trail.size()) {
      // one COPY for any number of rows: 10,000 single-row executions took seconds, and one INSERT
      // from unnest of 25 arrays kept the database about two and a half times as long as the COPY
      List<LedgerRevision> added = trail.subList(stored, trail.size());
      sql.connection(connection -> {
        try {
          CopyWriter.copyIn(connection, LedgerRevisionRows.COPY, out -> LedgerRevisionRows.copy(portfolio, stored, added, out));
        } catch (SQLException e) {
          throw DatabaseFailures.translateChecked(e);
        }
      });
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
