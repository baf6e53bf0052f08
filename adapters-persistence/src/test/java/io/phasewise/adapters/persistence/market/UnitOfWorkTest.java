package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.IMPORT_RUNS;
import static io.phasewise.application.testing.MarketFixtures.candle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.model.ImportReport;
import io.phasewise.application.market.model.ImportRun;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One transaction per unit of work across jOOQ, COPY and Hibernate. */
class UnitOfWorkTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  private static Database database;
  private static MarketPorts market;
  private AssetId asset;

  @BeforeAll
  static void openDatabase() {
    database = DB.database();
    market = MarketPersistence.ports(database);
  }

  @BeforeEach
  void startWithOneAsset() {
    DB.truncate();
    asset = DB.newAsset("UOW");
  }

  private TransactionPort tx() {
    return database.transactions();
  }

  private ImportRun run(String origin) {
    return new ImportRun(asset, Interval.D1, new ImportReport(origin, 1, 1, 0, 0, List.of()), T0, T0);
  }

  private void writeCandleWithJooqAndRunWithHibernate() {
    market.saveCandles().saveAll(asset, Interval.D1, List.of(candle(T0, "10", "feed")));
    market.saveImportRuns().save(run("proof.csv"));
  }

  private static long rows(String table) {
    return DB.queryLong("SELECT count(*) FROM " + table);
  }

  @Test
  void a_failure_rolls_back_what_jooq_and_hibernate_wrote() {
    assertThatThrownBy(() -> tx().inTransaction(() -> {
      writeCandleWithJooqAndRunWithHibernate();
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(rows("candles")).isZero();
    assertThat(rows("import_runs")).isZero();
  }

  @Test
  void success_commits_what_jooq_and_hibernate_wrote() {
    tx().inTransaction(() -> {
      writeCandleWithJooqAndRunWithHibernate();
      return null;
    });

    assertThat(rows("candles")).isEqualTo(1);
    assertThat(rows("import_runs")).isEqualTo(1);
  }

  @Test
  void a_failure_rolls_back_a_bulk_copy_too() {
    List<Candle> candles = new ArrayList<>();
    for (int d = 0; d < 5_000; d++) candles.add(candle(T0.plusSeconds(86_400L * d), "10", "feed"));

    assertThatThrownBy(() -> tx().inTransaction(() -> {
      market.saveCandles().saveAll(asset, Interval.D1, candles);
      market.saveImportRuns().save(run("bulk.csv"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(rows("candles")).isZero();
    assertThat(rows("import_runs")).isZero();
  }

  @Test
  void a_left_rolls_back() {
    Either<String, Object> result = tx().inTransactionEither(() -> {
      writeCandleWithJooqAndRunWithHibernate();
      return Either.left("refused");
    });

    assertThat(result.getLeft()).isEqualTo("refused");
    assertThat(rows("candles") + rows("import_runs")).isZero();
  }

  @Test
  void nested_units_of_work_join_the_outer_transaction() {
    assertThatThrownBy(() -> tx().inTransaction(() -> {
      tx().inTransaction(() -> market.saveCandles().saveAll(asset, Interval.D1, List.of(candle(T0, "10", "feed"))));
      tx().inTransaction(() -> {
        market.saveImportRuns().save(run("inner.csv"));
        return null;
      });
      throw new IllegalStateException("outer fails after the inner ones returned");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(rows("candles") + rows("import_runs")).isZero();
  }

  @Test
  void a_failed_inner_unit_of_work_dooms_the_outer_one_even_if_the_failure_is_caught() {
    assertThatThrownBy(() -> tx().inTransaction(() -> {
      market.saveImportRuns().save(run("outer.csv"));
      try {
        tx().inTransaction(() -> {
          throw new IllegalArgumentException("inner");
        });
      } catch (IllegalArgumentException swallowed) {
        // the outer work carries on as if nothing happened
      }
      return null;
    })).isInstanceOf(IllegalStateException.class).hasMessageContaining("rolled back");

    assertThat(rows("import_runs")).isZero();
  }

  @Test
  void sql_sees_changes_hibernate_has_not_flushed_yet() {
    market.saveImportRuns().save(run("before.csv"));

    String seenBySql = tx().inTransaction(() -> {
      database.inSession(session -> {
        session.createSelectionQuery("from ImportRun", ImportRunJpaEntity.class).getSingleResult().setOrigin("renamed.csv");
        return null;
      });
      return database.jooq().select(IMPORT_RUNS.ORIGIN).from(IMPORT_RUNS).fetchSingle().value1();
    });

    assertThat(seenBySql).isEqualTo("renamed.csv");
  }

  @Test
  void hibernate_sees_what_sql_wrote_after_it_loaded_the_row() {
    market.saveImportRuns().save(run("before.csv"));

    String seenByHibernate = tx().inTransaction(() -> {
      assertThat(market.loadImportRuns().recent(asset, 1).get(0).report().origin()).isEqualTo("before.csv");
      database.jooq().update(IMPORT_RUNS).set(IMPORT_RUNS.ORIGIN, "by-sql.csv").execute();
      return market.loadImportRuns().recent(asset, 1).get(0).report().origin();
    });

    assertThat(seenByHibernate).isEqualTo("by-sql.csv");
  }

  @Test
  void outside_a_unit_of_work_each_statement_commits_on_its_own() {
    market.saveCandles().saveAll(asset, Interval.D1, List.of(candle(T0, "10", "feed")));
    market.saveImportRuns().save(run("alone.csv"));

    assertThat(rows("candles")).isEqualTo(1);
    assertThat(rows("import_runs")).isEqualTo(1);
  }
}
