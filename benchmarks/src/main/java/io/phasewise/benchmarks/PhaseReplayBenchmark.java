package io.phasewise.benchmarks;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.phase.PhaseClassifier;
import io.phasewise.domain.phase.PhaseTimeline;
import io.phasewise.domain.phase.SentimentInput;
import io.phasewise.domain.phase.TitForTatClassifier;
import io.phasewise.domain.snapshot.SnapshotEngine;
import io.phasewise.domain.snapshot.SnapshotFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Phases of a synthetic universe recomputed from scratch (issue 4, acceptance 5): for every asset,
 * from its daily series in memory, the snapshot frame ({@link SnapshotEngine#standard()}) and the
 * causal {@link PhaseTimeline} replay with {@link TitForTatClassifier#standard()}, one task per asset
 * on a fixed pool of as many threads as cores. Each operation also reads every asset's transitions
 * and current (last) state, the parts of a timeline that are stored.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 7)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class PhaseReplayBenchmark {

  @Param("500")
  public int assets;

  @Param("2520")
  public int bars;

  private SyntheticUniverseSeries universe;
  private ExecutorService pool;

  @Setup(Level.Trial)
  public void setUp() {
    universe = new SyntheticUniverseSeries(assets, bars);
    pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  @Benchmark
  public long replayUniverse() throws InterruptedException, ExecutionException {
    PhaseClassifier classifier = TitForTatClassifier.standard();
    SnapshotEngine engine = SnapshotEngine.standard();
    List<Future<Long>> results = new ArrayList<>(assets);
    for (int i = 0; i < assets; i++) {
      AssetId id = universe.assets().get(i).id();
      CandleSeries s = universe.series(i);
      results.add(pool.submit(() -> {
        SnapshotFrame frame = engine.compute(id, s, TradingCalendar.STOCK);
        PhaseTimeline timeline = PhaseTimeline.replay(frame, classifier, t -> SentimentInput.NONE);
        int last = timeline.states().size() - 1;
        return (long) timeline.transitions().size() + timeline.states().get(last).barsInPhase();
      }));
    }
    long checksum = 0;
    for (Future<Long> r : results) checksum += r.get();
    return checksum;
  }
}
