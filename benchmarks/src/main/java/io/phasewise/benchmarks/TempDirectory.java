package io.phasewise.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a benchmark's temporary directory (its embedded database files) with everything in it. */
final class TempDirectory {
  private TempDirectory() {}

  /** Runs {@code close} (what holds files in {@code directory}, say a database), then deletes the directory whatever happened. */
  static void deleteAfter(Runnable close, Path directory) throws IOException {
    try {
      close.run();
    } finally {
      deleteRecursively(directory);
    }
  }

  static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(TempDirectory::delete);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
