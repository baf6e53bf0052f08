package io.phasewise.bootstrap;

import java.util.Locale;

/** Elapsed wall time as the console prints it: {@code 7.2 s}. */
final class Elapsed {
  private Elapsed() {}

  /** The time since {@code startNanos} (a {@link System#nanoTime()} reading). */
  static String since(long startNanos) {
    return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
  }
}
