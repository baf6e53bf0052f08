package io.phasewise.benchmarks;

import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.snapshot.SnapshotPersistence;
import io.phasewise.application.market.MarketPorts;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.market.port.out.LoadCandlesPort;
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.snapshot.SnapshotPorts;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.out.LoadSnapshotsPort;
import io.phasewise.application.snapshot.port.out.SaveSnapshotsPort;
import io.phasewise.application.snapshot.service.RecomputeSnapshotsService;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotEngine;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Daily snapshots (market, indicators, features with the standard extras) of every bar of a
 * synthetic universe, through {@link RecomputeSnapshotsService#recomputeUniverse} on all cores:
 * from series already in memory, with the series read from PostgreSQL, and read plus stored in
 * PostgreSQL (a rebuild, so every operation writes every bar).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class UniverseSnapshotBenchmark {
  private static final TransactionPort NO_TRANSACTION = new TransactionPort() {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return work.get();
    }
  };
  /** A lock nobody else asks for: the benchmark is the only recompute. */
  private static final RunLockPort UNCONTENDED = () -> Optional.of(() -> { });

  @Benchmark
  public BatchReport<RecomputeResult> fromMemory(UniverseInMemory universe) {
    CountingSnapshotSink sink = new CountingSnapshotSink();
    BatchReport<RecomputeResult> report = recompute(universe.series(), universe.series(), sink, sink, NO_TRANSACTION, false);
    expectEveryBar(universe, sink.barsSaved());
    return report;
  }

  @Benchmark
  public BatchReport<RecomputeResult> withDatabaseRead(UniverseInMemory universe, StoredUniverse stored) {
    PostgresPersistence db = stored.persistence();
    CountingSnapshotSink sink = new CountingSnapshotSink();
    MarketPorts market = db.ports(MarketPersistence.MODULE);
    BatchReport<RecomputeResult> report = recompute(market.loadAssets(), market.loadCandles(), sink, sink, db.transactions(), false);
    expectEveryBar(universe, sink.barsSaved());
    return report;
  }

  @Benchmark
  public BatchReport<RecomputeResult> withDatabaseReadAndWrite(UniverseInMemory universe, StoredUniverse stored) {
    PostgresPersistence db = stored.persistence();
    MarketPorts market = db.ports(MarketPersistence.MODULE);
    SnapshotPorts snapshots = db.ports(SnapshotPersistence.MODULE);
    BatchReport<RecomputeResult> report = recompute(market.loadAssets(), market.loadCandles(), snapshots.saveSnapshots(),
        snapshots.loadSnapshots(), db.transactions(), true);
    expectEveryBar(universe, report.assets().stream().mapToLong(a -> a.outcome().get().written().total()).sum());
    return report;
  }

  private static BatchReport<RecomputeResult> recompute(LoadAssetsPort assets, LoadCandlesPort candles, SaveSnapshotsPort save,
      LoadSnapshotsPort load, TransactionPort tx, boolean rebuild) {
    RecomputeSnapshotsService service = new RecomputeSnapshotsService(assets, candles, save, load, tx, UNCONTENDED,
        SnapshotEngine.standard(), new AssetBatch(Runtime.getRuntime().availableProcessors(), System::nanoTime));
    BatchReport<RecomputeResult> report = service.recomputeUniverse(Interval.D1, rebuild, BatchProgress.none()).get();
    if (report.failed() > 0) throw new IllegalStateException(report.failed() + " assets failed: " + report.assets());
    return report;
  }

  private static void expectEveryBar(UniverseInMemory universe, long bars) {
    long expected = universe.series().bars();
    if (bars != expected) throw new IllegalStateException(bars + " bars computed, expected " + expected);
  }
}
