package io.phasewise.adapters.persistence.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.ConnectionProvider;

/**
 * Gives jOOQ the connection of the current unit of work, or a pooled connection in autocommit mode
 * when no unit of work is running on this thread.
 */
final class UnitOfWorkConnectionProvider implements ConnectionProvider {
  private final DataSource pool;
  private final SessionTransactions transactions;

  UnitOfWorkConnectionProvider(DataSource pool, SessionTransactions transactions) {
    this.pool = pool;
    this.transactions = transactions;
  }

  @Override
  public Connection acquire() {
    return transactions.current().map(UnitOfWork::connection).orElseGet(this::pooled);
  }

  private Connection pooled() {
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      throw DatabaseFailures.translateChecked(e);
    }
  }

  @Override
  public void release(Connection connection) {
    if (transactions.current().filter(unit -> unit.owns(connection)).isPresent()) return;
    try {
      connection.close();
    } catch (SQLException e) {
      throw DatabaseFailures.translateChecked(e);
    }
  }
}
