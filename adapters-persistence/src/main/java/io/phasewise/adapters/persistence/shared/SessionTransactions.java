package io.phasewise.adapters.persistence.shared;

import io.phasewise.application.shared.TransactionPort;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;

/**
 * The transaction port: Hibernate owns each transaction, one per thread; nested calls join it, and
 * a failure inside a joined call dooms the whole transaction.
 */
final class SessionTransactions implements TransactionPort {
  private final SessionFactory sessions;
  private final ThreadLocal<UnitOfWork> current = new ThreadLocal<>();

  SessionTransactions(SessionFactory sessions) {
    this.sessions = sessions;
  }

  Optional<UnitOfWork> current() {
    return Optional.ofNullable(current.get());
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    UnitOfWork joined = current.get();
    return joined != null ? join(joined, work) : runAlone(work);
  }

  private static <T> T join(UnitOfWork unit, Supplier<T> work) {
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      unit.setRollbackOnly();
      throw e;
    }
  }

  private <T> T runAlone(Supplier<T> work) {
    try (UnitOfWork unit = UnitOfWork.begin(sessions)) {
      current.set(unit);
      try {
        T result = work.get();
        commit(unit);
        return result;
      } catch (RuntimeException | Error e) {
        unit.rollback(e);
        throw e;
      } finally {
        current.remove();
      }
    }
  }

  private static void commit(UnitOfWork unit) {
    try {
      unit.commit();
    } catch (RuntimeException e) {
      throw DatabaseFailures.translate(e);
    }
  }
}
