package io.phasewise.adapters.persistence.market;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.CANDLES;
import static io.phasewise.adapters.persistence.jooq.generated.Tables.TICKS;
import static io.phasewise.domain.market.Interval.D1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Tick;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The write paths of candles and ticks: small upserts, COPY straight into the table, COPY through staging. */
class TimeSeriesWriterTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();
  private static Database database;

  @BeforeAll
  static void openDatabase() {
    database = DB.database();
  }

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  private static JooqCandlePersistenceAdapter smallPathOnly() {
    return new JooqCandlePersistenceAdapter(database, Integer.MAX_VALUE, 1);
  }

  private static JooqCandlePersistenceAdapter bulkPathOnly() {
    return new JooqCandlePersistenceAdapter(database, 1, 400);
  }

  @Test
  void replaying_ten_thousand_candles_changes_no_row_and_one_changed_close_is_one_update() {
    var port = DB.persistence().ports(MarketPersistence.MODULE).saveCandles();
    AssetId asset = DB.newAsset("IDEM");
    List<Candle> candles = VariedCandles.daily(10_000, 1);

    assertThat(port.saveAll(asset, D1, candles)).isEqualTo(new UpsertCount(10_000, 0, 0));
    assertThat(port.saveAll(asset, D1, candles)).isEqualTo(new UpsertCount(0, 0, 10_000));

    List<Candle> changed = new ArrayList<>(candles);
    BigDecimal newClose = candles.get(1234).close().add(new BigDecimal("0.0001"));
    changed.set(1234, VariedCandles.withClose(candles.get(1234), newClose));
    assertThat(port.saveAll(asset, D1, changed)).isEqualTo(new UpsertCount(0, 1, 9_999));
    assertThat(storedCandles(asset).get(1234).close()).isEqualByComparingTo(newClose);
  }

  @Test
  void the_bulk_paths_store_and_count_exactly_what_the_small_path_does() {
    AssetId small = DB.newAsset("SMALL");
    AssetId bulk = DB.newAsset("BULK");
    List<Candle> first = VariedCandles.daily(1_500, 2);
    List<Candle> second = changedAndExtended(first);

    assertThat(bulkPathOnly().saveAll(bulk, D1, first)).isEqualTo(smallPathOnly().saveAll(small, D1, first));
    UpsertCount smallCount = smallPathOnly().saveAll(small, D1, second);
    UpsertCount bulkCount = bulkPathOnly().saveAll(bulk, D1, second);

    assertThat(bulkCount).isEqualTo(smallCount);
    assertThat(List.of(smallCount.inserted(), smallCount.updated(), smallCount.unchanged())).allMatch(n -> n > 0);
    assertThat(storedCandles(bulk)).usingRecursiveComparison(Comparisons.EXACT_DECIMALS)
        .isEqualTo(storedCandles(small));
    assertThat(storedCandles(small)).hasSize(second.size());
  }

  /** Every seventh close changed, 200 new days appended, all shuffled. */
  private static List<Candle> changedAndExtended(List<Candle> candles) {
    Random random = new Random(5);
    List<Candle> next = new ArrayList<>();
    for (int i = 0; i < candles.size(); i++) {
      Candle c = candles.get(i);
      next.add(i % 7 == 0 ? VariedCandles.withClose(c, c.close().add(BigDecimal.ONE)) : c);
    }
    Instant after = candles.get(candles.size() - 1).time();
    for (int day = 1; day <= 200; day++) next.add(VariedCandles.candle(random, after.plusSeconds(86_400L * day), "feed"));
    Collections.shuffle(next, random);
    return next;
  }

  @Test
  void a_batch_in_an_empty_key_range_is_copied_straight_into_the_table() {
    AssetId asset = DB.newAsset("FAST");
    List<Candle> days = VariedCandles.daily(1_100, 3);
    Instant cut = days.get(100).time();
    List<Candle> before = days.stream().filter(c -> c.time().isBefore(cut)).toList();
    List<Candle> after = days.stream().filter(c -> !c.time().isBefore(cut)).toList();
    bulkPathOnly().saveAll(asset, D1, before);

    long stagingScans = database.transactions().inTransaction(() -> {
      long scansBefore = stagingScansInThisTransaction();
      assertThat(bulkPathOnly().saveAll(asset, D1, after)).isEqualTo(new UpsertCount(after.size(), 0, 0));
      return stagingScansInThisTransaction() - scansBefore;
    });

    assertThat(stagingScans).isZero();
    assertThat(storedCandles(asset)).usingRecursiveComparison(Comparisons.EXACT_DECIMALS)
        .isEqualTo(inKeyOrder(days));
  }

  @Test
  void a_batch_overlapping_stored_rows_is_staged_and_upserted() {
    AssetId asset = DB.newAsset("STAGED");
    List<Candle> days = VariedCandles.daily(1_000, 4);
    List<Candle> even = new ArrayList<>();
    List<Candle> odd = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) (i % 2 == 0 ? even : odd).add(days.get(i));
    bulkPathOnly().saveAll(asset, D1, even);

    long stagingScans = database.transactions().inTransaction(() -> {
      long scansBefore = stagingScansInThisTransaction();
      assertThat(bulkPathOnly().saveAll(asset, D1, odd)).isEqualTo(new UpsertCount(odd.size(), 0, 0));
      return stagingScansInThisTransaction() - scansBefore;
    });

    assertThat(stagingScans).isPositive();
    assertThat(storedCandles(asset)).usingRecursiveComparison(Comparisons.EXACT_DECIMALS)
        .isEqualTo(inKeyOrder(days));
  }

  /**
   * Scans of the staging table counted in this backend's pending statistics. Since PostgreSQL 15 they
   * may still hold an earlier transaction's scans for up to a second, so callers take a difference.
   */
  private static long stagingScansInThisTransaction() {
    return database.jooq().fetchValue(DSL.field(
        "(select coalesce(sum(seq_scan), 0) from pg_stat_xact_all_tables where relname = 'candles_staging')", Long.class));
  }

  @Test
  void two_candles_with_the_same_time_and_source_are_refused_on_every_path() {
    AssetId asset = DB.newAsset("TWICE");
    List<Candle> candles = new ArrayList<>(VariedCandles.daily(20, 6));
    candles.add(candles.get(3));

    for (JooqCandlePersistenceAdapter adapter : List.of(smallPathOnly(), bulkPathOnly())) {
      assertThatThrownBy(() -> adapter.saveAll(asset, D1, candles)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(storedCandles(asset)).isEmpty();
  }

  @Test
  void candles_of_a_missing_asset_violate_the_foreign_key_on_every_path() {
    AssetId missing = new AssetId(987_654);

    for (JooqCandlePersistenceAdapter adapter : List.of(smallPathOnly(), bulkPathOnly())) {
      assertThatThrownBy(() -> adapter.saveAll(missing, D1, VariedCandles.daily(10, 7)))
          .isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23503"));
    }
  }

  @Test
  void a_bulk_write_locks_its_asset_against_deletion_until_commit_and_switches_row_checks_back_on() {
    AssetId asset = DB.newAsset("LOCKED");

    database.transactions().inTransaction(() -> {
      bulkPathOnly().saveAll(asset, D1, VariedCandles.daily(100, 8));
      assertThat(database.jooq().fetchValue(DSL.field("current_setting('session_replication_role')", String.class)))
          .isEqualTo("origin");
      assertThat(sqlStateOfDeletingElsewhere(asset)).isEqualTo("55P03");
      return null;
    });

    assertThat(sqlStateOfDeletingElsewhere(asset)).isNull();
  }

  /** The SQL state of deleting the asset on another connection, waiting for locks briefly; null if it worked. */
  private static String sqlStateOfDeletingElsewhere(AssetId asset) {
    try (Connection connection = DB.persistence().dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SET lock_timeout = '200ms'");
      statement.execute("DELETE FROM assets WHERE id = " + asset.value());
      return null;
    } catch (SQLException e) {
      return e.getSQLState();
    }
  }

  @Test
  void ticks_take_the_same_paths_with_the_same_counts() {
    AssetId small = DB.newAsset("TSMALL");
    AssetId bulk = DB.newAsset("TBULK");
    JooqTickPersistenceAdapter smallPath = new JooqTickPersistenceAdapter(database, Integer.MAX_VALUE, 1);
    JooqTickPersistenceAdapter bulkPath = new JooqTickPersistenceAdapter(database, 1, 300);
    List<Tick> ticks = ticks(2_000);

    assertThat(bulkPath.saveAll(bulk, ticks)).isEqualTo(smallPath.saveAll(small, ticks)).isEqualTo(new UpsertCount(2_000, 0, 0));
    assertThat(bulkPath.saveAll(bulk, ticks)).isEqualTo(new UpsertCount(0, 0, 2_000));
    List<Tick> changed = new ArrayList<>(ticks);
    Tick t = ticks.get(77);
    changed.set(77, new Tick(t.time(), new BigDecimal("1.5"), BigDecimal.TEN, t.bid(), t.ask(), t.bidSize(), t.askSize(), t.source()));
    assertThat(bulkPath.saveAll(bulk, changed)).isEqualTo(smallPath.saveAll(small, changed))
        .isEqualTo(new UpsertCount(0, 1, 1_999));
    assertThat(storedTicks(bulk)).usingRecursiveComparison(Comparisons.EXACT_DECIMALS)
        .isEqualTo(storedTicks(small));
  }

  private static List<Tick> ticks(int n) {
    Random random = new Random(9);
    List<Tick> ticks = new ArrayList<>(n);
    Instant t = VariedCandles.T0;
    for (int i = 0; i < n; i++) {
      t = t.plusMillis(1 + random.nextInt(5_000));
      BigDecimal bid = BigDecimal.valueOf(10_000 + random.nextInt(100), 2);
      ticks.add(random.nextBoolean()
          ? Tick.trade(t, bid, BigDecimal.valueOf(random.nextInt(1_000)), "trades")
          : new Tick(t, null, null, bid, bid.add(new BigDecimal("0.01")), BigDecimal.ONE, null, "quotes"));
    }
    return ticks;
  }

  private static List<Candle> inKeyOrder(List<Candle> candles) {
    return candles.stream().sorted(Comparator.comparing(Candle::time).thenComparing(Candle::source)).toList();
  }

  private static List<Candle> storedCandles(AssetId asset) {
    return database.jooq().selectFrom(CANDLES).where(CANDLES.ASSET_ID.eq(asset.value()))
        .orderBy(CANDLES.INTERVAL, CANDLES.TS, CANDLES.SOURCE)
        .fetch(CandleRecordMapper.INSTANCE::toCandle);
  }

  private static List<Tick> storedTicks(AssetId asset) {
    return database.jooq().selectFrom(TICKS).where(TICKS.ASSET_ID.eq(asset.value()))
        .orderBy(TICKS.TS, TICKS.SOURCE)
        .fetch(TickRecordMapper.INSTANCE::toTick);
  }
}
