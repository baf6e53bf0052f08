package io.phasewise.application.snapshot.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.snapshot.port.in.AssetRecompute;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.UniverseProgress;
import io.phasewise.application.snapshot.port.in.UniverseReport;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one recompute per asset (every registered one, or those asked for) on a fixed pool of threads.
 * Every asset ends with an outcome: a failure (unknown id, bad data, an unreachable store, a bug) is
 * recorded for that asset and the others go on.
 */
final class UniverseRecompute {
  private final LoadAssetsPort assets;
  private final int threads;

  UniverseRecompute(LoadAssetsPort assets, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    this.assets = assets;
    this.threads = threads;
  }

  /** Every registered asset; outcomes in asset id order. */
  UniverseReport run(Interval interval, UniverseProgress progress, Function<Asset, Either<Failure, RecomputeResult>> recompute) {
    long started = System.nanoTime();
    List<Asset> all = assets.listAll();
    List<Callable<AssetRecompute>> tasks = new ArrayList<>(all.size());
    AtomicInteger done = new AtomicInteger();
    for (Asset asset : all) {
      tasks.add(() -> reported(new AssetRecompute(asset.id(), asset.symbol(), guarded(recompute, asset)), done, all.size(),
          progress));
    }
    List<AssetRecompute> outcomes = runAll(tasks);
    outcomes.sort(Comparator.comparingLong(o -> o.asset().value()));
    return new UniverseReport(interval, outcomes, Duration.ofNanos(System.nanoTime() - started));
  }

  /** The assets with these ids, each once; an unknown id is that asset's not-found failure. Outcomes in request order. */
  UniverseReport run(Interval interval, List<AssetId> ids, UniverseProgress progress,
      Function<Asset, Either<Failure, RecomputeResult>> recompute) {
    long started = System.nanoTime();
    List<AssetId> distinct = ids.stream().distinct().toList();
    List<Callable<AssetRecompute>> tasks = new ArrayList<>(distinct.size());
    AtomicInteger done = new AtomicInteger();
    for (AssetId id : distinct) {
      tasks.add(() -> reported(lookedUp(id, recompute), done, distinct.size(), progress));
    }
    return new UniverseReport(interval, runAll(tasks), Duration.ofNanos(System.nanoTime() - started));
  }

  private AssetRecompute lookedUp(AssetId id, Function<Asset, Either<Failure, RecomputeResult>> recompute) {
    Asset asset;
    try {
      asset = assets.findById(id).orElse(null);
    } catch (RuntimeException e) {
      return new AssetRecompute(id, null, Either.left(failure(e)));
    }
    if (asset == null) return new AssetRecompute(id, null, Either.left(new Failure.NotFound("asset", id.toString())));
    return new AssetRecompute(id, asset.symbol(), guarded(recompute, asset));
  }

  private static AssetRecompute reported(AssetRecompute outcome, AtomicInteger done, int total, UniverseProgress progress) {
    progress.assetDone(done.incrementAndGet(), total, outcome);
    return outcome;
  }

  /** Runs the tasks on the pool; their outcomes in task order. */
  private List<AssetRecompute> runAll(List<Callable<AssetRecompute>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
      Thread t = new Thread(r, "phasewise-snapshots");
      t.setDaemon(true);
      return t;
    });
    try {
      List<AssetRecompute> outcomes = new ArrayList<>(tasks.size());
      for (Future<AssetRecompute> f : pool.invokeAll(tasks)) outcomes.add(f.get());
      return outcomes;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("universe recompute interrupted", interrupted);
    } catch (ExecutionException impossible) {
      throw new IllegalStateException("a recompute task escaped its guard", impossible.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Either<Failure, RecomputeResult> guarded(Function<Asset, Either<Failure, RecomputeResult>> recompute,
      Asset asset) {
    try {
      return recompute.apply(asset);
    } catch (RuntimeException e) {
      return Either.left(failure(e));
    }
  }

  /** An outage as such, anything else as a failed recompute. */
  private static Failure failure(RuntimeException e) {
    if (e instanceof PortUnavailableException down) return new Failure.Unavailable(down.getMessage());
    return new Failure.Unavailable("recompute failed: " + e);
  }
}
