package io.phasewise.application.shared;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The one runner of per-asset work: each asset once, on a bounded pool of daemon threads, with one
 * {@link AssetResult} per asset in the order asked for. An unknown id is that asset's not-found
 * failure; whatever escapes one asset's work becomes that asset's failure, naming it, and the others
 * go on. Times come from the injected {@link Ticker}.
 */
public final class AssetBatch {
  private final int threads;
  private final Ticker ticker;

  /** A runner working on at most {@code threads} assets at once, timing with {@code ticker}. */
  public AssetBatch(int threads, Ticker ticker) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    this.threads = threads;
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  /**
   * {@code task} on the asset of each distinct id (looked up with {@code lookup} on the worker thread),
   * in the order of first appearance.
   *
   * @param work what the task does, e.g. "phase recompute", naming it in the failure of a task that throws
   */
  public <R> BatchReport<R> forIds(String work, List<AssetId> ids, Function<AssetId, Optional<Asset>> lookup,
      Function<Asset, Either<Failure, R>> task, BatchProgress<R> progress) {
    return run(work, ids.stream().distinct().toList(), lookup, task, progress);
  }

  /** {@code task} on each of {@code assets}, already looked up, in their order. */
  public <R> BatchReport<R> forAssets(String work, List<Asset> assets, Function<Asset, Either<Failure, R>> task,
      BatchProgress<R> progress) {
    Map<AssetId, Asset> byId = new LinkedHashMap<>();
    assets.forEach(a -> byId.putIfAbsent(a.id(), a));
    return run(work, List.copyOf(byId.keySet()), id -> Optional.ofNullable(byId.get(id)), task, progress);
  }

  private <R> BatchReport<R> run(String work, List<AssetId> ids, Function<AssetId, Optional<Asset>> lookup,
      Function<Asset, Either<Failure, R>> task, BatchProgress<R> progress) {
    long started = ticker.nanos();
    AtomicInteger done = new AtomicInteger();
    List<Callable<AssetResult<R>>> tasks = new ArrayList<>(ids.size());
    for (AssetId id : ids) {
      tasks.add(() -> {
        AssetResult<R> result = attempt(work, id, lookup, task);
        progress.assetDone(done.incrementAndGet(), ids.size(), result);
        return result;
      });
    }
    return new BatchReport<>(all(work, tasks), Duration.ofNanos(ticker.nanos() - started));
  }

  private <R> AssetResult<R> attempt(String work, AssetId id, Function<AssetId, Optional<Asset>> lookup,
      Function<Asset, Either<Failure, R>> task) {
    long started = ticker.nanos();
    String symbol = null;
    Either<Failure, R> outcome;
    try {
      Optional<Asset> asset = lookup.apply(id);
      if (asset.isPresent()) {
        symbol = asset.get().symbol();
        outcome = task.apply(asset.get());
      } else {
        outcome = Either.left(new Failure.NotFound("asset", id.toString()));
      }
    } catch (RuntimeException e) {
      outcome = Either.left(failure(work, symbol == null ? "asset " + id : symbol + " (asset " + id + ")", e));
    }
    return new AssetResult<>(id, symbol, outcome, Duration.ofNanos(ticker.nanos() - started));
  }

  /** The failure of {@code who}'s work that threw {@code e}: an outage, or a bug, said as such. */
  private static Failure failure(String work, String who, RuntimeException e) {
    if (e instanceof PortUnavailableException down) return new Failure.Unavailable(who + ": " + down.getMessage());
    return new Failure.Unavailable(who + ": " + work + " failed: " + e);
  }

  private <R> List<AssetResult<R>> all(String work, List<Callable<AssetResult<R>>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), r -> {
      Thread t = new Thread(r, "phasewise-batch");
      t.setDaemon(true);
      return t;
    });
    try {
      List<AssetResult<R>> results = new ArrayList<>(tasks.size());
      for (Future<AssetResult<R>> f : pool.invokeAll(tasks)) results.add(f.get());
      return results;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(work + " interrupted", interrupted);
    } catch (ExecutionException escapedGuard) {
      throw new IllegalStateException("a task of " + work + " escaped its guard", escapedGuard.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
