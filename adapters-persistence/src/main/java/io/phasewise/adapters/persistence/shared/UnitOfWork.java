package io.phasewise.adapters.persistence.shared;

import java.sql.Connection;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * One database transaction of one thread: a Hibernate session that owns it, and the session's JDBC
 * connection that jOOQ and COPY borrow.
 */
final class UnitOfWork implements AutoCloseable {
  private final Session session;
  private final Transaction transaction;
  private Connection connection;
  private boolean rollbackOnly;

  private UnitOfWork(Session session, Transaction transaction) {
    this.session = session;
    this.transaction = transaction;
  }

  static UnitOfWork begin(SessionFactory sessions) {
    Session session = sessions.openSession();
    try {
      return new UnitOfWork(session, session.beginTransaction());
    } catch (RuntimeException e) {
      session.close();
      throw DatabaseFailures.translate(e);
    }
  }

  Session session() {
    return session;
  }

  /** The transaction's connection, after writing pending Hibernate changes so that SQL sees them. */
  Connection connection() {
    session.flush();
    if (connection == null) connection = session.doReturningWork(c -> c);
    return connection;
  }

  boolean owns(Connection candidate) {
    return candidate == connection;
  }

  /** Forgets the entities Hibernate holds, after SQL wrote rows they may mirror. */
  void clearSession() {
    session.clear();
  }

  /** Marks the transaction so that it cannot commit: a joined piece of work failed. */
  void setRollbackOnly() {
    rollbackOnly = true;
  }

  void commit() {
    if (rollbackOnly) {
      transaction.rollback();
      throw new IllegalStateException("rolled back: work joined to this transaction failed");
    }
    transaction.commit();
  }

  void rollback(Throwable cause) {
    try {
      if (transaction.isActive()) transaction.rollback();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void close() {
    session.close();
  }
}
