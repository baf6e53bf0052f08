package io.phasewise.adapters.persistence;

import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** JUnit extension: a fresh database, migrated and wired by {@link PostgresPersistence}, per test class. */
public final class PostgresExtension implements BeforeAllCallback, AfterAllCallback {
  private String database;
  private PostgresPersistence persistence;
  private Database handles;

  @Override
  public void beforeAll(ExtensionContext context) {
    database = TestPostgres.createDatabase(context.getRequiredTestClass().getSimpleName());
    persistence = PostgresPersistence.start(TestPostgres.settings(database));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    try {
      if (handles != null) handles.close();
      persistence.close();
    } finally {
      TestPostgres.dropDatabase(database);
    }
  }

  public PostgresPersistence persistence() {
    return persistence;
  }

  /** jOOQ and Hibernate on this database, for adapters a test builds by hand; closed after the class. */
  public Database database() {
    if (handles == null) handles = Database.open(persistence.dataSource(), MarketPersistence.MODULE.entityClasses());
    return handles;
  }

  public String databaseName() {
    return database;
  }

  /** Registers a stock with this symbol and returns its id. */
  public AssetId newAsset(String symbol) {
    return persistence.ports(MarketPersistence.MODULE).saveAssets().insert(AssetProfile.of(symbol, symbol, AssetType.STOCK), Instant.EPOCH).id();
  }

  /**
   * Deletes every row of every table and restarts identities: the tables no other references (assets,
   * users, sentiment sources, pipeline runs), and by cascade all the rest.
   */
  public void truncate() {
    execute("TRUNCATE assets, users, sentiment_sources, pipeline_runs RESTART IDENTITY CASCADE");
  }

  /** Runs a statement outside the adapter, in autocommit mode. */
  public void execute(String sql) {
    try (Connection c = persistence.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** The single number a query returns, read outside the adapter. */
  public long queryLong(String sql) {
    try (Connection c = persistence.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) throw new IllegalStateException("no row: " + sql);
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
