package io.phasewise.adapters.persistence.shared;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;

/**
 * Keeps Hibernate consistent with what jOOQ writes in a unit of work, and reports database outages
 * of jOOQ statements as {@link io.phasewise.application.shared.PortUnavailableException}.
 */
final class UnitOfWorkListener implements ExecuteListener {
  private final SessionTransactions transactions;

  UnitOfWorkListener(SessionTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void executeEnd(ExecuteContext ctx) {
    if (ctx.type() != ExecuteType.READ) transactions.current().ifPresent(UnitOfWork::clearSession);
  }

  @Override
  public void exception(ExecuteContext ctx) {
    ctx.exception(DatabaseFailures.translate(ctx.exception()));
  }
}
