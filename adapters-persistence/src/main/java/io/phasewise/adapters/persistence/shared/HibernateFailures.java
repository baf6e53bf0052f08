package io.phasewise.adapters.persistence.shared;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Adapter infrastructure: recognises, in the cause chain of a failed flush, the two refusals that
 * user-owned aggregates turn into business outcomes: a lost optimistic-locking race and a unique key
 * that is taken. Not an API for applications.
 */
public final class HibernateFailures {
  private static final String UNIQUE_VIOLATION = "23505";

  private HibernateFailures() {}

  /** Whether another transaction changed the row first (the versioned UPDATE matched no row). */
  public static boolean isOptimisticLockFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException || t instanceof StaleStateException) return true;
    }
    return false;
  }

  /** Whether a statement broke the unique constraint or index named {@code constraint}. */
  public static boolean isUniqueViolation(Throwable failure, String constraint) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException violation && constraint.equalsIgnoreCase(violation.getConstraintName())) {
        return true;
      }
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains("\"" + constraint + "\"")) {
        return true;
      }
    }
    return false;
  }
}
