package io.phasewise.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from real binaries shipped as a Maven artifact, with its data directory
 * kept on disk so data survives restarts. Used when no external database is configured. A process
 * that finds the server of another Phasewise (a running {@code serve}) on its data directory joins it
 * instead of starting one: the server belongs to the process that started it.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final String USER = "postgres";
  private static final String DATABASE = "postgres";
  /** How long a process waits for the server another one is starting on the same directory. */
  private static final Duration JOIN_WAIT = Duration.ofSeconds(60);
  private static final long POLL_MILLIS = 200;
  /** Servers this JVM started, by data directory: joined without touching the lock file this JVM holds. */
  private static final Map<Path, Integer> STARTED_HERE = new ConcurrentHashMap<>();

  private final Optional<EmbeddedPostgres> owned;
  private final int port;
  private final Path dataDirectory;
  private final String password;

  private EmbeddedDatabase(Optional<EmbeddedPostgres> owned, int port, Path dataDirectory, String password) {
    this.owned = owned;
    this.port = port;
    this.dataDirectory = dataDirectory;
    this.password = password;
  }

  /**
   * Starts PostgreSQL on a free local port over {@code dataDirectory}, initialising it if empty.
   *
   * @throws IllegalStateException with a one-line reason when another Phasewise runs a server on it
   */
  public static EmbeddedDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      if (STARTED_HERE.containsKey(key(dataDirectory)) || OrphanedPostmaster.stopIfOrphaned(dataDirectory).isPresent()
          || OrphanedPostmaster.inUse(dataDirectory)) {
        throw new IllegalStateException("the database in " + dataDirectory + " is in use by another Phasewise process;"
            + " stop it first, or give this one another --home");
      }
      return startOwned(dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /**
   * Joins the server a live Phasewise runs on {@code dataDirectory} (waiting up to a minute for one
   * that is starting), or starts one as {@link #start} does.
   */
  public static EmbeddedDatabase startOrJoin(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      long deadline = System.nanoTime() + JOIN_WAIT.toNanos();
      while (true) {
        Integer here = STARTED_HERE.get(key(dataDirectory));
        if (here != null) return joined(here, dataDirectory);
        Optional<RunningPostmaster> running = OrphanedPostmaster.stopIfOrphaned(dataDirectory);
        if (running.isPresent() && running.get().ready()) return joined(running.get().port(), dataDirectory);
        if (running.isEmpty() && !OrphanedPostmaster.inUse(dataDirectory)) return startOwned(dataDirectory);
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the database in " + dataDirectory + " is being started by another Phasewise"
              + " process and was not ready within " + JOIN_WAIT.toSeconds() + " s; try again");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the database in " + dataDirectory, e);
    }
  }

  private static EmbeddedDatabase joined(int port, Path dataDirectory) {
    LOG.info("using the database of the Phasewise already running on {} (port {})", dataDirectory, port);
    return new EmbeddedDatabase(Optional.empty(), port, dataDirectory,
        new DatabaseLockdown(dataDirectory).existingPassword());
  }

  private static EmbeddedDatabase startOwned(Path dataDirectory) throws IOException {
    long started = System.nanoTime();
    boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
    DatabaseLockdown lockdown = new DatabaseLockdown(dataDirectory);
    boolean trusting = !fresh && lockdown.trusting();
    String password = fresh || trusting ? DatabasePassword.readOrCreate(lockdown.passwordFile())
        : lockdown.existingPassword();
    EmbeddedPostgres postgres = lockdown.configure(EmbeddedPostgres.builder(), password)
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        // the library's defaults suit throwaway test databases; this one is the system of record
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "100")
        .setServerConfig("shared_buffers", "256MB")
        .setServerConfig("max_wal_size", "2GB")
        .start();
    STARTED_HERE.put(key(dataDirectory), postgres.getPort());
    EmbeddedDatabase database = new EmbeddedDatabase(Optional.of(postgres), postgres.getPort(), dataDirectory, password);
    if (trusting) {
      try {
        lockdown.migrate(database.jdbcUrl(), USER, password);
      } catch (RuntimeException e) {
        database.close();
        throw e;
      }
    }
    LOG.info("database started in {} ({} data directory {}, port {})", Elapsed.since(started), fresh ? "new" : "existing",
        dataDirectory, postgres.getPort());
    return database;
  }

  private static Path key(Path dataDirectory) {
    return dataDirectory.toAbsolutePath().normalize();
  }

  /** The JDBC URL of the server; with {@link #user()} and {@link #password()}, how every process connects to it. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
  }

  public String user() {
    return USER;
  }

  /** The superuser's password, kept in a file beside the data directory that only its owner may read. */
  public String password() {
    return password;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** Stops the server if this process started it; a joined one keeps running for its owner. */
  @Override
  public void close() {
    if (owned.isEmpty()) return;
    STARTED_HERE.remove(key(dataDirectory));
    try {
      owned.get().close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }
}
