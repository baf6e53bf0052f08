package io.phasewise.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.phasewise.adapters.persistence.account.AccountPersistence;
import io.phasewise.adapters.persistence.alert.AlertPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.phase.PhasePersistence;
import io.phasewise.adapters.persistence.pipeline.PipelinePersistence;
import io.phasewise.adapters.persistence.sentiment.SentimentPersistence;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.shared.DatabaseFailures;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.adapters.persistence.watchlist.WatchlistPersistence;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.shared.TransactionPort;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Entry point of the PostgreSQL adapter: migrates the schema on start, then provides the transaction
 * port and the persistence ports of each context over one connection pool.
 */
public final class PostgresPersistence implements AutoCloseable {
  private final HikariDataSource pool;
  private final Database database;
  private final MarketPersistence market;
  private final SnapshotPersistence snapshots;
  private final SentimentPersistence sentiment;
  private final AccountPersistence accounts;
  private final WatchlistPersistence watchlists;
  private final AlertPersistence alerts;
  private final PhasePersistence phases;
  private final PipelinePersistence pipeline;

  private PostgresPersistence(HikariDataSource pool, Database database) {
    this.pool = pool;
    this.database = database;
    this.market = MarketPersistence.create(database);
    this.snapshots = SnapshotPersistence.create(database);
    this.sentiment = SentimentPersistence.create(database);
    this.accounts = AccountPersistence.create(database);
    this.watchlists = WatchlistPersistence.create(database);
    this.alerts = AlertPersistence.create(database);
    this.phases = PhasePersistence.create(database);
    this.pipeline = PipelinePersistence.create(database);
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
    List<Class<?>> entities = new ArrayList<>(MarketPersistence.entityClasses());
    entities.addAll(AccountPersistence.entityClasses());
    entities.addAll(WatchlistPersistence.entityClasses());
    entities.addAll(AlertPersistence.entityClasses());
    return entities;
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

  /** The ports of the market context: assets, candles, ticks, import runs. */
  public MarketPersistence market() {
    return market;
  }

  /** The ports of the snapshot context: the market snapshot, indicator snapshot and features of each bar. */
  public SnapshotPersistence snapshots() {
    return snapshots;
  }

  /** The ports of the sentiment context: sentiment sources and their observations of assets. */
  public SentimentPersistence sentiment() {
    return sentiment;
  }

  /** The ports of the account context: users and their API tokens. */
  public AccountPersistence accounts() {
    return accounts;
  }

  /** The ports of the watchlist context: each user's ordered watchlist, and the dashboard's read of it. */
  public WatchlistPersistence watchlists() {
    return watchlists;
  }

  /** The ports of the alert context: webhook subscriptions, the outbox of phase events, the delivery log. */
  public AlertPersistence alerts() {
    return alerts;
  }

  /** The ports of the phase context: current phase states, their transitions and the outbox of phase events. */
  public PhasePersistence phases() {
    return phases;
  }

  /** The ports of the pipeline: the log of its runs. */
  public PipelinePersistence pipeline() {
    return pipeline;
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
