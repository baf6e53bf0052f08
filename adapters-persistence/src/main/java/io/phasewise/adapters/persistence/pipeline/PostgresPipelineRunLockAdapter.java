package io.phasewise.adapters.persistence.pipeline;

import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.DatabaseFailures;
import io.phasewise.application.pipeline.port.out.PipelineRunLockPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pipeline's run lock as a PostgreSQL session advisory lock, held on a connection of its own for
 * the whole run: every process on the database sees it, and it dies with a crashed holder's session.
 */
final class PostgresPipelineRunLockAdapter implements PipelineRunLockPort {
  /** The advisory lock's key: "PHSWPIPE" in ASCII, so that no other user of the database takes it by chance. */
  static final long KEY = 0x5048_5357_5049_5045L;

  private final Database database;

  PostgresPipelineRunLockAdapter(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Lease> tryAcquire() {
    Connection session = database.detachedConnection();
    try {
      if (call(session, "SELECT pg_try_advisory_lock(?)")) return Optional.of(new SessionLease(session));
      session.close();
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      abort(session);
      throw e instanceof RuntimeException r ? r : DatabaseFailures.translateChecked(e);
    }
  }

  private static boolean call(Connection session, String sql) throws SQLException {
    try (PreparedStatement statement = session.prepareStatement(sql)) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getBoolean(1);
      }
    }
  }

  /** Drops a session whose lock state is unknown, rather than returning it to the pool still holding the lock. */
  private static void abort(Connection session) {
    try {
      session.abort(Runnable::run);
    } catch (SQLException ignored) {
      // the session is gone either way, and its lock with it
    }
  }

  /** The lock held by one pooled session; released (and the session returned) once. */
  private static final class SessionLease implements Lease {
    private final Connection session;
    private final AtomicBoolean open = new AtomicBoolean(true);

    SessionLease(Connection session) {
      this.session = session;
    }

    @Override
    public void close() {
      if (!open.getAndSet(false)) return;
      try {
        call(session, "SELECT pg_advisory_unlock(?)");
        session.close();
      } catch (SQLException e) {
        abort(session);
      }
    }
  }
}
