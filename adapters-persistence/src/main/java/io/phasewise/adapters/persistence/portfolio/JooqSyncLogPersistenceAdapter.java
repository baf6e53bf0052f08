package io.phasewise.adapters.persistence.portfolio;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.PORTFOLIO_SYNC_LOG;

import io.phasewise.adapters.persistence.jooq.generated.tables.records.PortfolioSyncLogRecord;
import io.phasewise.application.portfolio.model.SyncLogEntry;
import io.phasewise.application.portfolio.model.SyncLogEntry.SyncStatus;
import io.phasewise.application.portfolio.port.out.SyncLogPort;
import io.phasewise.domain.portfolio.PortfolioId;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The portfolios' sync log in {@code portfolio_sync_log} with jOOQ, newest run (latest start) first.
 * The origin and the errors quote files from outside, and PostgreSQL stores no NUL character in text
 * or jsonb: a NUL there is kept as U+FFFD, so a hostile file name or cell cannot make the log fail.
 */
final class JooqSyncLogPersistenceAdapter implements SyncLogPort {
  private final DSLContext sql;

  JooqSyncLogPersistenceAdapter(DSLContext sql) {
    this.sql = sql;
  }

  @Override
  public void append(SyncLogEntry entry) {
    sql.insertInto(PORTFOLIO_SYNC_LOG)
        .set(PORTFOLIO_SYNC_LOG.ID, entry.id())
        .set(PORTFOLIO_SYNC_LOG.PORTFOLIO_ID, entry.portfolio().value())
        .set(PORTFOLIO_SYNC_LOG.SOURCE, entry.source())
        .set(PORTFOLIO_SYNC_LOG.FORMAT, entry.format())
        .set(PORTFOLIO_SYNC_LOG.ORIGIN, storable(entry.origin()))
        .set(PORTFOLIO_SYNC_LOG.STARTED_AT, entry.startedAt())
        .set(PORTFOLIO_SYNC_LOG.FINISHED_AT, entry.finishedAt())
        .set(PORTFOLIO_SYNC_LOG.READ_COUNT, entry.read())
        .set(PORTFOLIO_SYNC_LOG.STORED_COUNT, entry.stored())
        .set(PORTFOLIO_SYNC_LOG.ALREADY_STORED_COUNT, entry.alreadyStored())
        .set(PORTFOLIO_SYNC_LOG.SKIPPED_COUNT, entry.skipped())
        .set(PORTFOLIO_SYNC_LOG.REFUSED_COUNT, entry.refused())
        .set(PORTFOLIO_SYNC_LOG.STATUS, entry.status().name())
        .set(PORTFOLIO_SYNC_LOG.ERRORS, LedgerJson.textArray(entry.errors().stream().map(JooqSyncLogPersistenceAdapter::storable).toList()))
        .execute();
  }

  @Override
  public List<SyncLogEntry> recent(PortfolioId portfolio, int limit) {
    return sql.selectFrom(PORTFOLIO_SYNC_LOG)
        .where(PORTFOLIO_SYNC_LOG.PORTFOLIO_ID.eq(portfolio.value()))
        .orderBy(PORTFOLIO_SYNC_LOG.STARTED_AT.desc(), PORTFOLIO_SYNC_LOG.APPENDED.desc())
        .limit(limit)
        .fetch(JooqSyncLogPersistenceAdapter::toEntry);
  }

  private static SyncLogEntry toEntry(PortfolioSyncLogRecord row) {
    return new SyncLogEntry(row.getId(), PortfolioId.of(row.getPortfolioId()), row.getSource(), row.getFormat(), row.getOrigin(),
        row.getStartedAt(), row.getFinishedAt(), row.getReadCount(), row.getStoredCount(), row.getAlreadyStoredCount(),
        row.getSkippedCount(), row.getRefusedCount(), PortfolioValues.decode(SyncStatus.class, "sync status", row.getStatus()),
        LedgerJson.textArray(row.getErrors()));
  }

  private static String storable(String text) {
    return text == null ? null : text.replace('\u0000', '\uFFFD');
  }
}
