package io.phasewise.adapters.persistence.market;

import static io.phasewise.domain.market.Interval.D1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.DatabaseSettings;
import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.TestPostgres;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import java.util.List;
import java.util.UUID;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk writes as an ordinary role, which may not skip PostgreSQL's per-row foreign-key checks. */
class NonSuperuserWriteTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static PostgresPersistence asApplication;
  private static Database database;

  @BeforeAll
  static void connectAsAnOrdinaryRole() {
    String password = UUID.randomUUID().toString();
    DB.execute("CREATE ROLE phasewise_app LOGIN PASSWORD '" + password + "'");
    DB.execute("GRANT ALL ON ALL TABLES IN SCHEMA public TO phasewise_app");
    DB.execute("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO phasewise_app");
    DatabaseSettings admin = TestPostgres.settings(DB.databaseName());
    asApplication = PostgresPersistence.start(new DatabaseSettings(admin.jdbcUrl(), "phasewise_app", password, 2));
    database = Database.open(asApplication.dataSource(), MarketPersistence.MODULE.entityClasses());
  }

  @AfterAll
  static void disconnect() {
    database.close();
    asApplication.close();
  }

  @Test
  void bulk_writes_check_every_row_and_store_the_same() {
    AssetId asset = DB.newAsset("APP");
    JooqCandlePersistenceAdapter bulk = new JooqCandlePersistenceAdapter(database, 1, 300);
    List<Candle> candles = VariedCandles.daily(1_000, 11);

    assertThat(bulk.saveAll(asset, D1, candles.subList(0, 500))).isEqualTo(new UpsertCount(500, 0, 0));
    assertThat(bulk.saveAll(asset, D1, candles)).isEqualTo(new UpsertCount(500, 0, 500));
    assertThatThrownBy(() -> bulk.saveAll(new AssetId(987_654), D1, candles))
        .isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23503"));
    assertThat(DB.queryLong("SELECT count(*) FROM candles")).isEqualTo(1_000);
  }
}
