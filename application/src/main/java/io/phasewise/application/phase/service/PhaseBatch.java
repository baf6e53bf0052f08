package io.phasewise.application.phase.service;

import io.phasewise.application.phase.port.in.AssetPhaseRecompute;
import io.phasewise.application.phase.port.in.PhaseRecomputeProgress;
import io.phasewise.application.phase.port.in.PhaseRecomputeReport;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Recomputes many assets' phases on a fixed pool of daemon threads and collects one outcome per
 * asset in the order given; whatever escapes an asset's work (an outage, a bug) becomes that asset's
 * failure, naming it, and the others go on.
 */
final class PhaseBatch {
  private final int threads;

  PhaseBatch(int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    this.threads = threads;
  }

  PhaseRecomputeReport run(Interval interval, List<AssetId> assets, PhaseRecomputeProgress progress,
      Function<AssetId, AssetPhaseRecompute> work) {
    long started = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    List<Callable<AssetPhaseRecompute>> tasks = new ArrayList<>(assets.size());
    for (AssetId asset : assets) {
      tasks.add(() -> {
        AssetPhaseRecompute outcome = contained(asset, work);
        progress.assetDone(done.incrementAndGet(), assets.size(), outcome);
        return outcome;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, assets.size())), r -> {
      Thread t = new Thread(r, "phasewise-phases");
      t.setDaemon(true);
      return t;
    });
    try {
      List<AssetPhaseRecompute> outcomes = new ArrayList<>(assets.size());
      for (Future<AssetPhaseRecompute> f : pool.invokeAll(tasks)) outcomes.add(f.get());
      return new PhaseRecomputeReport(interval, outcomes, Duration.ofNanos(System.nanoTime() - started));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("phase recompute interrupted", interrupted);
    } catch (ExecutionException escaped) {
      throw new IllegalStateException("a phase recompute escaped its guard", escaped.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static AssetPhaseRecompute contained(AssetId asset, Function<AssetId, AssetPhaseRecompute> work) {
    try {
      return work.apply(asset);
    } catch (RuntimeException e) {
      return new AssetPhaseRecompute(asset, null, Either.left(RecomputePhasesService.failure("asset " + asset, e)));
    }
  }

}
