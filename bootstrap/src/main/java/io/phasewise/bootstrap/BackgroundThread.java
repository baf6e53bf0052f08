package io.phasewise.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/** The daemon threads the scheduled jobs of {@code serve} run on, and how they stop. */
final class BackgroundThread {
  private BackgroundThread() {}

  /** A single daemon thread named {@code name}, for fixed-delay runs. */
  static ScheduledExecutorService start(String name) {
    return start(name, 1);
  }

  /** {@code threads} daemon threads named {@code name}, for as many fixed-delay jobs running side by side. */
  static ScheduledExecutorService start(String name, int threads) {
    return Executors.newScheduledThreadPool(threads, runnable -> {
      Thread t = new Thread(runnable, name);
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Stops scheduling, waits up to {@code wait} for a run in progress, then interrupts it if it still
   * has not ended, saying so as a warning about {@code what}.
   */
  static void stop(ScheduledExecutorService thread, Duration wait, Logger log, String what) {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("{} still running after {} s; interrupting it", what, wait.toSeconds());
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
