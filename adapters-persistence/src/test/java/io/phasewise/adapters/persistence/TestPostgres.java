package io.phasewise.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for the whole test JVM, handing out fresh databases. Like the production one,
 * its servers ask every connection for a random password (SCRAM) and keep their socket out of {@code /tmp}.
 */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String PASSWORD = randomPassword();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** Starts a server of its own, for tests that stop it. */
  public static EmbeddedPostgres startPrivateServer() {
    try {
      FileAttribute<?> ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
      Path passwordFile = Files.writeString(Files.createTempFile("pg-password", "", ownerOnly), PASSWORD);
      Path socketDirectory = Files.createTempDirectory("pg-socket");
      socketDirectory.toFile().deleteOnExit();
      try {
        // the library runs initdb with "-A trust" and appends its locale settings as --key=value: the later --auth wins
        return EmbeddedPostgres.builder()
            .setLocaleConfig("auth", "scram-sha-256")
            .setLocaleConfig("pwfile", passwordFile.toString())
            .setServerConfig("unix_socket_directories", socketDirectory.toString())
            .setConnectConfig("password", PASSWORD)
            .start();
      } finally {
        Files.delete(passwordFile);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String randomPassword() {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      server = startPrivateServer();
      EmbeddedPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          started.close();
        } catch (IOException ignored) {
          // the JVM is exiting: nothing left to clean up after
        }
      }));
    }
    return server;
  }

  /** Creates an empty database on the shared server and returns its name. */
  public static String createDatabase(String purpose) {
    String name = purpose.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_") + "_" + DATABASES.incrementAndGet();
    execute("CREATE DATABASE " + name);
    return name;
  }

  public static void dropDatabase(String name) {
    execute("DROP DATABASE " + name + " WITH (FORCE)");
  }

  /** Settings for a database of the shared server. */
  public static DatabaseSettings settings(String database) {
    return settings(server(), database);
  }

  public static DatabaseSettings settings(EmbeddedPostgres on, String database) {
    return new DatabaseSettings("jdbc:postgresql://localhost:" + on.getPort() + "/" + database, "postgres", PASSWORD, 4);
  }

  private static void execute(String sql) {
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
