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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs one recompute per registered asset on a fixed pool of threads. Every asset ends with an
 * outcome: a failure (bad data, an unreachable store, a bug) is recorded for that asset and the
 * others go on.
 */
final class UniverseRecompute {
  private final LoadAssetsPort assets;
  private final int threads;

  UniverseRecompute(LoadAssetsPort assets, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    this.assets = assets;
    this.threads = threads;
  }

  UniverseReport run(Interval interval, UniverseProgress progress, Function<AssetId, Either<Failure, RecomputeResult>> recompute) {
    long started = System.nanoTime();
    List<Asset> all = assets.listAll();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "phasewise-snapshots");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<AssetRecompute>> pending = new ArrayList<>(all.size());
      for (Asset asset : all) {
        pending.add(pool.submit(() -> {
          AssetRecompute outcome = new AssetRecompute(asset.id(), asset.symbol(), guarded(recompute, asset.id()));
          progress.assetDone(done.incrementAndGet(), all.size(), outcome);
          return outcome;
        }));
      }
      List<AssetRecompute> outcomes = new ArrayList<>(all.size());
      for (Future<AssetRecompute> f : pending) outcomes.add(f.get());
      outcomes.sort(Comparator.comparingLong(o -> o.asset().value()));
      return new UniverseReport(interval, outcomes, Duration.ofNanos(System.nanoTime() - started));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("universe recompute interrupted", interrupted);
    } catch (ExecutionException impossible) {
      throw new IllegalStateException("a recompute task escaped its guard", impossible.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Either<Failure, RecomputeResult> guarded(Function<AssetId, Either<Failure, RecomputeResult>> recompute,
      AssetId asset) {
    try {
      return recompute.apply(asset);
    } catch (PortUnavailableException down) {
      return Either.left(new Failure.Unavailable(down.getMessage()));
    } catch (RuntimeException bug) {
      return Either.left(new Failure.Unavailable("recompute failed: " + bug));
    }
  }
}
