package io.phasewise.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded PostgreSQL for the whole test JVM, handing out fresh databases. */
public final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private TestPostgres() {}

  /** Starts a server of its own, for tests that stop it. */
  public static EmbeddedPostgres startPrivateServer() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return new DatabaseSettings("jdbc:postgresql://localhost:" + on.getPort() + "/" + database, "postgres", "", 4);
  }

  private static void execute(String sql) {
    try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
