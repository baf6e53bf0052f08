package io.phasewise.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.adapters.persistence.alert.AlertPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.phase.PhasePersistence;
import io.phasewise.adapters.persistence.pipeline.PipelinePersistence;
import io.phasewise.adapters.persistence.portfolio.PortfolioPersistence;
import io.phasewise.adapters.persistence.sentiment.SentimentPersistence;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.DatabaseFailures;
import io.phasewise.adapters.persistence.shared.PersistenceModule;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.adapters.persistence.watchlist.WatchlistPersistence;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.shared.TransactionPort;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Entry point of the PostgreSQL adapter: migrates the schema on start, then provides the transaction
 * port and the ports record of each registered context over one connection pool.
 */
public final class PostgresPersistence implements AutoCloseable {
  /** Every context's persistence; a new context adds its module here. */
  private static final List<PersistenceModule<?>> MODULES = List.of(
      MarketPersistence.MODULE,
      SnapshotPersistence.MODULE,
      SentimentPersistence.MODULE,
      AccountPersistence.MODULE,
      WatchlistPersistence.MODULE,
      AlertPersistence.MODULE,
      PhasePersistence.MODULE,
      PortfolioPersistence.MODULE,
      PipelinePersistence.MODULE);

  private final HikariDataSource pool;
  private final Database database;
  private final Map<PersistenceModule<?>, Object> ports = new IdentityHashMap<>();

  private PostgresPersistence(HikariDataSource pool, Database database) {
    this.pool = pool;
    this.database = database;
    MODULES.forEach(module -> ports.put(module, module.ports().apply(database)));
  }

  /**
   * Connects, applies pending Flyway migrations and wires every adapter.
   *
   * @throws PortUnavailableException when the database cannot be reached
   */
  public static PostgresPersistence start(DatabaseSettings settings) {
    HikariDataSource pool = null;
    try {
      pool = pool(settings);
      Flyway.configure().dataSource(pool).locations("classpath:db/migration").failOnMissingLocations(true)
          .load().migrate();
      return new PostgresPersistence(pool, Database.open(pool, entityClasses()));
    } catch (RuntimeException e) {
      if (pool != null) pool.close();
      throw DatabaseFailures.translate(e);
    }
  }

  /** The Hibernate entities of every context. */
  public static List<Class<?>> entityClasses() {
    return MODULES.stream().flatMap(module -> module.entityClasses().stream()).toList();
  }

  private static HikariDataSource pool(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("phasewise");
    config.setJdbcUrl(settings.jdbcUrl());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.maxPoolSize());
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    return new HikariDataSource(config);
  }

  /** Runs units of work spanning every port below in one transaction. */
  public TransactionPort transactions() {
    return database.transactions();
  }

  /**
   * The ports record of {@code module}'s context, e.g. {@code ports(MarketPersistence.MODULE)}.
   *
   * @throws IllegalArgumentException when the module is not registered here
   */
  public <P> P ports(PersistenceModule<P> module) {
    Object registered = ports.get(module);
    if (registered == null) throw new IllegalArgumentException("not a registered persistence module: " + module);
    @SuppressWarnings("unchecked")
    P typed = (P) registered;
    return typed;
  }

  /** The connection pool, for callers that need raw JDBC (benchmarks, operations tools). */
  public DataSource dataSource() {
    return pool;
  }

  /** Closes Hibernate and the pool. */
  @Override
  public void close() {
    try {
      database.close();
    } finally {
      pool.close();
    }
  }
}
