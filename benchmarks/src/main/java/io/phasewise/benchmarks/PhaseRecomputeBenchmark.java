package io.phasewise.benchmarks;

import io.phasewise.adapters.persistence.PostgresPersistence;
import io.phasewise.adapters.persistence.market.MarketPersistence;
import io.phasewise.adapters.persistence.phase.PhasePersistence;
import io.phasewise.adapters.persistence.sentiment.SentimentPersistence;
import io.phasewise.application.phase.PhaseUseCases;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.service.RecomputePhasesService;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.bootstrap.SystemInfrastructure;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.sentiment.SentimentWeights;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Phases of a stored synthetic universe recomputed from scratch and recorded (issue 4, acceptance 5)
 * through {@link RecomputePhasesService#recomputeAll} on embedded PostgreSQL, one transaction per
 * asset on as many threads as cores: each asset's candles read, snapshots and replay in memory, the
 * stored state and transitions read, and state, history and outbox written. The stored phases are
 * dropped before each operation, so every one computes every asset from scratch. The universe has no
 * sentiment (an empty sentiment store).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@State(Scope.Benchmark)
public class PhaseRecomputeBenchmark {
  @Setup(Level.Invocation)
  public void forgetPhases(StoredUniverse stored) throws SQLException {
    try (Connection c = stored.persistence().dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("TRUNCATE phase_states, phase_transitions, phase_events CASCADE");
    }
  }

  @Benchmark
  public BatchReport<PhaseRecomputeResult> fromScratch(UniverseInMemory universe, StoredUniverse stored) {
    PostgresPersistence db = stored.persistence();
    PhaseUseCases phases = PhaseUseCases.wire(db.ports(PhasePersistence.MODULE), db.ports(MarketPersistence.MODULE),
        db.ports(SentimentPersistence.MODULE).loadSentiment(), SystemInfrastructure.create(), SentimentWeights.defaults());
    BatchReport<PhaseRecomputeResult> report = phases.recompute().recomputeAll(Interval.D1, BatchProgress.none());
    if (report.failed() > 0 || report.assets().size() != universe.series().assets().size()) {
      throw new IllegalStateException(report.failed() + " of " + report.assets().size() + " assets failed: " + report.assets());
    }
    return report;
  }
}
