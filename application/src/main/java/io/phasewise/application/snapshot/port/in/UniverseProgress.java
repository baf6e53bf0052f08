package io.phasewise.application.snapshot.port.in;

/** Told after each asset of a universe recompute; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface UniverseProgress {
  UniverseProgress NONE = (done, total, last) -> { };

  /** {@code done} of {@code total} assets are finished, the latest being {@code last}. */
  void assetDone(int done, int total, AssetRecompute last);
}
