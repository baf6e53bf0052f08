package io.phasewise.adapters.persistence.snapshot;

import static io.phasewise.adapters.persistence.jooq.generated.Tables.SNAPSHOTS;
import static io.phasewise.adapters.persistence.snapshot.SnapshotFrames.END;
import static io.phasewise.adapters.persistence.snapshot.SnapshotFrames.T0;
import static io.phasewise.domain.market.Interval.D1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.shared.Database;
import io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter;
import io.phasewise.application.market.model.UpsertCount;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The snapshot adapter's own guarantees: both write paths, exact doubles, NULL for NaN, cascades, training closes. */
class SnapshotWriteReadTest {
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

  private static JooqSnapshotPersistenceAdapter smallPathOnly() {
    return new JooqSnapshotPersistenceAdapter(database, Integer.MAX_VALUE, 1);
  }

  private static JooqSnapshotPersistenceAdapter bulkPathOnly() {
    return new JooqSnapshotPersistenceAdapter(database, 1, 400);
  }

  private static LoadSnapshotsPort load() {
    return DB.persistence().ports(SnapshotPersistence.MODULE).loadSnapshots();
  }

  @Test
  void ten_thousand_new_bars_are_copied_straight_in_and_saved_again_without_writing_a_row() {
    var port = new JooqSnapshotPersistenceAdapter(database, TimeSeriesWriter.BULK_THRESHOLD, TimeSeriesWriter.STAGING_CHUNK);
    AssetId asset = DB.newAsset("TENK");
    SnapshotFrame frame = SnapshotFrames.standard(asset, 10_000, 1);

    database.transactions().inTransaction(() -> {
      database.jooq().execute("DISCARD TEMP"); // a pooled session may have staged before
      assertThat(port.save(frame, 0)).isEqualTo(new UpsertCount(10_000, 0, 0));
      assertThat(stagingTableExists()).isFalse();
      return null;
    });
    database.transactions().inTransaction(() -> {
      assertThat(port.save(frame, 0)).isEqualTo(new UpsertCount(0, 0, 10_000));
      assertThat(stagingTableExists()).isTrue();
      assertThat(rowsWrittenInThisTransaction()).isZero();
      return null;
    });

    assertThat(port.history(asset, D1, T0, END, 9_990, 10)).containsExactlyElementsOf(sets(frame, 9_990, 10_000));
  }

  private static boolean stagingTableExists() {
    return database.jooq().fetchValue(DSL.field("to_regclass('pg_temp.snapshots_staging') is not null", Boolean.class));
  }

  private static long rowsWrittenInThisTransaction() {
    return database.jooq().fetchCount(SNAPSHOTS, DSL.condition("xmin = pg_current_xact_id()::xid"));
  }

  @Test
  void every_double_reads_back_bit_for_bit_and_saves_again_unchanged_on_both_paths() {
    List<JooqSnapshotPersistenceAdapter> paths = List.of(smallPathOnly(), bulkPathOnly());
    for (int path = 0; path < paths.size(); path++) {
      JooqSnapshotPersistenceAdapter adapter = paths.get(path);
      AssetId asset = DB.newAsset("BITS" + path);
      SnapshotFrame frame = SnapshotFrames.awkwardExtras(asset, 1_000, 2);

      assertThat(adapter.save(frame, 0)).isEqualTo(new UpsertCount(1_000, 0, 0));
      assertThat(adapter.save(frame, 0)).isEqualTo(new UpsertCount(0, 0, 1_000));
      assertThat(adapter.history(asset, D1, T0, END, 0, 1_000)).containsExactlyElementsOf(sets(frame, 0, 1_000));
    }
  }

  @Test
  void values_still_warming_up_are_stored_as_null_on_both_paths() {
    for (JooqSnapshotPersistenceAdapter adapter : List.of(smallPathOnly(), bulkPathOnly())) {
      DB.truncate();
      SnapshotFrame frame = SnapshotFrames.standard(DB.newAsset("WARM"), 300, 3);
      adapter.save(frame, 0);

      for (Column column : Column.values()) {
        String name = column.name().toLowerCase(Locale.ROOT);
        long warmingUp = IntStream.range(0, frame.size()).filter(i -> Double.isNaN(frame.value(column, i))).count();
        assertThat(DB.queryLong("SELECT count(*) FROM snapshots WHERE " + name + " IS NULL")).as(name).isEqualTo(warmingUp);
        assertThat(DB.queryLong("SELECT count(*) FROM snapshots WHERE " + name + " = 'NaN'")).as(name).isZero();
      }
      assertThat(DB.queryLong("SELECT count(*) FROM snapshots WHERE extras = '{}'"))
          .isEqualTo(IntStream.range(0, frame.size()).filter(i -> frame.extras(i).isEmpty()).count())
          .isPositive();
    }
  }

  @Test
  void deleting_an_asset_deletes_its_snapshots() {
    AssetId gone = DB.newAsset("GONE");
    AssetId kept = DB.newAsset("KEPT");
    bulkPathOnly().save(SnapshotFrames.standard(gone, 500, 4), 0);
    bulkPathOnly().save(SnapshotFrames.standard(kept, 500, 4), 0);

    assertThat(DB.persistence().ports(MarketPersistence.MODULE).deleteAssets().delete(gone)).isTrue();

    assertThat(DB.queryLong("SELECT count(*) FROM snapshots WHERE asset_id = " + gone.value())).isZero();
    assertThat(load().count(kept, D1, T0, END)).isEqualTo(500);
  }

  @Test
  void snapshots_of_a_missing_asset_violate_the_foreign_key_on_every_path() {
    SnapshotFrame orphans = SnapshotFrames.standard(new AssetId(987_654), 200, 5);

    for (JooqSnapshotPersistenceAdapter adapter : List.of(smallPathOnly(), bulkPathOnly())) {
      assertThatThrownBy(() -> adapter.save(orphans, 0))
          .isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.sqlState()).isEqualTo("23503"));
    }
  }

  @Test
  void saving_from_outside_the_frame_is_refused() {
    SnapshotFrame frame = SnapshotFrames.standard(DB.newAsset("EDGE"), 10, 6);

    assertThat(smallPathOnly().save(frame, 10)).isEqualTo(UpsertCount.NONE);
    assertThatThrownBy(() -> smallPathOnly().save(frame, -1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> smallPathOnly().save(frame, 11)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void training_rows_take_the_close_of_the_first_source_in_java_order_and_skip_bars_without_a_close() {
    AssetId asset = DB.newAsset("SRC");
    SnapshotFrame frame = SnapshotFrames.standard(asset, 30, 7);
    bulkPathOnly().save(frame, 0);
    // "Zeta" sorts before "alpha" in Java and in the "C" collation, after it in most others
    List<Candle> zeta = new ArrayList<>();
    List<Candle> alpha = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      if (i == 12) continue;
      zeta.add(candle(frame.barTime(i), "Zeta", 100 + i));
      alpha.add(candle(frame.barTime(i), "alpha", 500 + i));
    }
    DB.persistence().ports(MarketPersistence.MODULE).saveCandles().saveAll(asset, D1, alpha);
    DB.persistence().ports(MarketPersistence.MODULE).saveCandles().saveAll(asset, D1, zeta);

    List<TrainingRow> rows = load().trainingRows(D1, T0, END, List.of(asset), 0, 100);

    assertThat(load().countTrainingRows(D1, T0, END, List.of())).isEqualTo(29);
    assertThat(rows).extracting(row -> row.features().barTime()).doesNotContain(frame.barTime(12)).hasSize(29);
    assertThat(rows).extracting(TrainingRow::close).allMatch(close -> close < 500);
    assertThat(rows.get(12)).isEqualTo(new TrainingRow(frame.features(13), 113));
  }

  private static Candle candle(Instant time, String source, double close) {
    BigDecimal price = BigDecimal.valueOf(close);
    return Candle.of(time, price, price, price, price, BigDecimal.ONE, source);
  }

  private static List<SnapshotSet> sets(SnapshotFrame frame, int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> SnapshotSet.of(frame, i)).toList();
  }
}
