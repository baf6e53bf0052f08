package io.phasewise.adapters.persistence.shared;

import io.phasewise.application.shared.RunLockPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A run lock as a PostgreSQL session advisory lock, held on a connection of its own for the whole
 * run: every process on the database sees it, and it dies with a crashed holder's session.
 */
public final class PostgresRunLockAdapter implements RunLockPort {
  /** The pipeline's key: "PHSWPIPE" in ASCII, so that no other user of the database takes it by chance. */
  public static final long PIPELINE_RUN = 0x5048_5357_5049_5045L;
  /** The universe recompute's key: "PHSWUNIV" in ASCII. */
  public static final long UNIVERSE_RECOMPUTE = 0x5048_5357_554E_4956L;

  private final Database database;
  private final long key;

  /** The lock with this {@code key} on {@code database}; each kind of exclusive work has a key of its own. */
  public PostgresRunLockAdapter(Database database, long key) {
    this.database = database;
    this.key = key;
  }

  @Override
  public Optional<Lease> tryAcquire() {
    Connection session = database.detachedConnection();
    try {
      if (call(session, "SELECT pg_try_advisory_lock(?)", key)) return Optional.of(new SessionLease(session, key));
      session.close();
      return Optional.empty();
    } catch (SQLException | RuntimeException e) {
      abort(session);
      throw e instanceof RuntimeException r ? r : DatabaseFailures.translateChecked(e);
    }
  }

  private static boolean call(Connection session, String sql, long key) throws SQLException {
    try (PreparedStatement statement = session.prepareStatement(sql)) {
      statement.setLong(1, key);
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
    private final long key;
    private final AtomicBoolean open = new AtomicBoolean(true);

    SessionLease(Connection session, long key) {
      this.session = session;
      this.key = key;
    }

    @Override
    public void close() {
      if (!open.getAndSet(false)) return;
      try {
        call(session, "SELECT pg_advisory_unlock(?)", key);
        session.close();
      } catch (SQLException e) {
        abort(session);
      }
    }
  }
}
