package io.phasewise.benchmarks;

import io.phasewise.application.market.model.ImportReport;
import io.phasewise.domain.market.Interval;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * Time to store {@value MinuteBars#ROWS} one-minute candles of one asset: through Phasewise's import use
 * case into no stored rows, through it again over identical stored rows, and by a bare pgjdbc COPY of
 * pre-rendered text into an empty copy of {@code candles}, without its foreign key (the baseline) and
 * with it. Each operation is one whole import; the reset before it (truncate, vacuum, checkpoint) is
 * not timed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ImportVsCopyBenchmark {
  private static final int COPY_BUFFER = 1 << 16;

  /** No candles stored; the dirty pages of the previous run are flushed. */
  @State(Scope.Benchmark)
  public static class EmptyCandles {
    @Setup(Level.Invocation)
    public void empty(MinuteBars bars) throws SQLException {
      bars.execute("TRUNCATE candles", "CHECKPOINT");
    }
  }

  /** Every candle stored once, vacuumed and analysed; the dirty pages of the previous run are flushed. */
  @State(Scope.Benchmark)
  public static class StoredCandles {
    @Setup(Level.Trial)
    public void store(MinuteBars bars) {
      expect("inserted", MinuteBars.ROWS, bars.importAll().inserted());
    }

    @Setup(Level.Invocation)
    public void settle(MinuteBars bars) throws SQLException {
      bars.execute("VACUUM ANALYZE candles", "CHECKPOINT");
    }
  }

  /**
   * An empty table like {@code candles} (same key, indexes and checks), with or without its foreign key
   * to {@code assets}, and the COPY text of every candle.
   */
  @State(Scope.Benchmark)
  public static class EmptyCopyTable {
    /** Whether the table keeps the foreign key of {@code candles}, checked by PostgreSQL row by row. */
    @Param({"false", "true"})
    public boolean foreignKey;

    private byte[] text;

    @Setup(Level.Trial)
    public void create(MinuteBars bars) throws SQLException {
      bars.execute("CREATE TABLE bench_candles (LIKE candles INCLUDING ALL"
          + (foreignKey ? ", FOREIGN KEY (asset_id) REFERENCES assets (id) ON DELETE CASCADE)" : ")"));
      text = CopyText.render(bars.asset(), Interval.M1, bars.candles());
    }

    @Setup(Level.Invocation)
    public void empty(MinuteBars bars) throws SQLException {
      bars.execute("TRUNCATE bench_candles", "CHECKPOINT");
    }
  }

  @Benchmark
  public ImportReport phasewiseImportNewRows(MinuteBars bars, EmptyCandles empty) {
    ImportReport report = bars.importAll();
    expect("inserted", MinuteBars.ROWS, report.inserted());
    return report;
  }

  @Benchmark
  public ImportReport phasewiseReimportUnchanged(MinuteBars bars, StoredCandles stored) {
    ImportReport report = bars.importAll();
    expect("unchanged", MinuteBars.ROWS, report.unchanged());
    return report;
  }

  @Benchmark
  public long rawCopy(MinuteBars bars, EmptyCopyTable table) throws SQLException, IOException {
    try (Connection connection = bars.dataSource().getConnection()) {
      long copied = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
          "COPY bench_candles (" + CopyText.COLUMNS + ") FROM STDIN", new ByteArrayInputStream(table.text), COPY_BUFFER);
      expect("copied", MinuteBars.ROWS, copied);
      return copied;
    }
  }

  private static void expect(String what, long expected, long actual) {
    if (actual != expected) throw new IllegalStateException(what + " " + actual + " rows, expected " + expected);
  }
}
