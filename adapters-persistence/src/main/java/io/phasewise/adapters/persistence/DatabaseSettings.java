package io.phasewise.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the PostgreSQL database is and how to connect to it.
 *
 * @param jdbcUrl e.g. {@code jdbc:postgresql://localhost:5432/phasewise}
 * @param maxPoolSize the most connections held open at once
 * @param connectionTimeout how long a call waits for a connection before the database counts as unavailable
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize, Duration connectionTimeout) {
  public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(10);

  public DatabaseSettings {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
    if (maxPoolSize < 1) throw new IllegalArgumentException("pool size must be positive: " + maxPoolSize);
    if (connectionTimeout.toMillis() < 250) {
      throw new IllegalArgumentException("connection timeout must be at least 250 ms: " + connectionTimeout);
    }
  }

  public DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
    this(jdbcUrl, user, password, maxPoolSize, DEFAULT_CONNECTION_TIMEOUT);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + jdbcUrl + ", user " + user + ", pool " + maxPoolSize + ", timeout " + connectionTimeout + "]";
  }
}
