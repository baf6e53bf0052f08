package io.phasewise.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The live PostgreSQL server a data directory's {@code postmaster.pid} names: its process, the port it
 * listens on and whether it accepts connections yet.
 */
record RunningPostmaster(ProcessHandle process, int port, boolean ready) {
  /** Lines of {@code postmaster.pid}: pid, data directory, start time, port, ...; the eighth is the status. */
  private static final int PORT_LINE = 3;
  private static final int STATUS_LINE = 7;

  /** The server named by the directory's {@code postmaster.pid}, when that process is a live postgres serving this directory. */
  static Optional<RunningPostmaster> of(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    List<String> lines;
    try {
      if (!Files.isRegularFile(pidFile)) return Optional.empty();
      lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pidFile, e);
    }
    if (lines.size() <= PORT_LINE) return Optional.empty();
    long pid;
    int port;
    try {
      pid = Long.parseLong(lines.get(0).strip());
      port = Integer.parseInt(lines.get(PORT_LINE).strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (!samePath(Path.of(lines.get(1).strip()), dataDirectory)) return Optional.empty();
    boolean ready = lines.size() > STATUS_LINE && lines.get(STATUS_LINE).strip().equals("ready");
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
        .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
        .map(p -> new RunningPostmaster(p, port, ready));
  }

  private static boolean samePath(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
