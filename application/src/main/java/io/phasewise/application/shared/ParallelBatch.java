package io.phasewise.application.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one piece of work per item (an asset, say) on a fixed pool of daemon threads and collects one
 * outcome per item, in the order of the items: whatever escapes an item's work becomes that item's
 * outcome, and the others go on.
 */
public final class ParallelBatch {
  private final String name;
  private final int threads;

  /**
   * @param name what the batch does, naming its threads ({@code phasewise-<name>}) and its errors
   * @param threads most items worked on at once
   */
  public ParallelBatch(String name, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
    this.name = name;
    this.threads = threads;
  }

  /** Told after each item; called from worker threads, so it must be thread-safe. */
  @FunctionalInterface
  public interface Progress<O> {
    /** {@code done} of {@code total} items are finished, the latest with outcome {@code last}. */
    void done(int done, int total, O last);
  }

  /**
   * The outcome of {@code work} for each item, in item order; an item whose work throws gets
   * {@code escaped}'s outcome for that item and exception instead.
   */
  public <I, O> List<O> run(List<I> items, Function<I, O> work, BiFunction<I, RuntimeException, O> escaped,
      Progress<? super O> progress) {
    AtomicInteger done = new AtomicInteger();
    List<Callable<O>> tasks = new ArrayList<>(items.size());
    for (I item : items) {
      tasks.add(() -> {
        O outcome;
        try {
          outcome = work.apply(item);
        } catch (RuntimeException e) {
          outcome = escaped.apply(item, e);
        }
        progress.done(done.incrementAndGet(), items.size(), outcome);
        return outcome;
      });
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())), r -> {
      Thread t = new Thread(r, "phasewise-" + name);
      t.setDaemon(true);
      return t;
    });
    try {
      List<O> outcomes = new ArrayList<>(items.size());
      for (Future<O> f : pool.invokeAll(tasks)) outcomes.add(f.get());
      return outcomes;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(name + " interrupted", interrupted);
    } catch (ExecutionException escapedGuard) {
      throw new IllegalStateException("a task of " + name + " escaped its guard", escapedGuard.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
