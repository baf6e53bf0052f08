package io.phasewise.adapters.persistence.shared;

import io.phasewise.application.shared.PortUnavailableException;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;
import org.jooq.exception.DataAccessException;

/**
 * Adapter infrastructure: tells an outage of the database (unreachable, shut down, out of
 * resources, deadlocked) from a bug in the statement, and turns outages into
 * {@link PortUnavailableException}.
 */
public final class DatabaseFailures {
  /**
   * SQLSTATE classes of outages: connection exception, transaction rollback (deadlock,
   * serialization), insufficient resources, operator intervention, system error, internal error.
   */
  private static final Set<String> OUTAGE_CLASSES = Set.of("08", "40", "53", "57", "58", "XX");

  private DatabaseFailures() {}

  /** {@code failure} itself, or a {@link PortUnavailableException} wrapping it when it is an outage. */
  public static RuntimeException translate(RuntimeException failure) {
    if (failure instanceof PortUnavailableException || !isOutage(failure)) return failure;
    return unavailable(failure);
  }

  /**
   * A {@link PortUnavailableException} for an outage, else jOOQ's {@link DataAccessException}, as
   * statements run through jOOQ report it.
   */
  public static RuntimeException translateChecked(Exception failure) {
    return isOutage(failure) ? unavailable(failure) : new DataAccessException(failure.getMessage(), failure);
  }

  /**
   * The message reaches clients, so it names only the SQLSTATE: the driver's text carries the statement,
   * table names and server process ids, which stay in the cause for the log.
   */
  private static PortUnavailableException unavailable(Throwable failure) {
    String state = sqlState(failure).map(s -> " (SQLSTATE " + s + ")").orElse("");
    return new PortUnavailableException("the database is unavailable or busy" + state + "; try again", failure);
  }

  private static Optional<String> sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) return Optional.of(sql.getSQLState());
    }
    return Optional.empty();
  }

  /** Whether the first SQL error in the cause chain is an outage; without one, whether I/O failed. */
  private static boolean isOutage(Throwable failure) {
    boolean io = false;
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) return isOutage(sql);
      io |= t instanceof IOException;
    }
    return io;
  }

  private static boolean isOutage(SQLException sql) {
    if (sql instanceof SQLTransientException || sql instanceof SQLRecoverableException
        || sql instanceof SQLNonTransientConnectionException) {
      return true;
    }
    String state = sql.getSQLState();
    return state != null && state.length() >= 2 && OUTAGE_CLASSES.contains(state.substring(0, 2));
  }
}
