package io.phasewise.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from real binaries shipped as a Maven artifact, with its data directory
 * kept on disk so data survives restarts. Used when no external database is configured.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
  static final String USER = "postgres";
  static final String DATABASE = "postgres";

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;

  private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDirectory) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
  }

  /** Starts PostgreSQL on a free local port over {@code dataDirectory}, initialising it if empty. */
  public static EmbeddedDatabase start(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
      OrphanedPostmaster.stopIfAny(dataDirectory);
      EmbeddedPostgres postgres = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          // the library's defaults suit throwaway test databases; this one is the system of record
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .setServerConfig("max_connections", "100")
          .setServerConfig("shared_buffers", "256MB")
          .setServerConfig("max_wal_size", "2GB")
          .start();
      LOG.info("embedded PostgreSQL on port {} with {} data directory {}", postgres.getPort(), fresh ? "new" : "existing",
          dataDirectory);
      return new EmbeddedDatabase(postgres, dataDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  public String jdbcUrl() {
    return postgres.getJdbcUrl(USER, DATABASE);
  }

  public String user() {
    return USER;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
    }
  }
}
