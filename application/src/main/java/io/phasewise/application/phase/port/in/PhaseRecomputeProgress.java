package io.phasewise.application.phase.port.in;

/** Told after each asset of a recompute of many; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface PhaseRecomputeProgress {
  PhaseRecomputeProgress NONE = (done, total, last) -> { };

  /** {@code done} of {@code total} assets are finished, the latest being {@code last}. */
  void assetDone(int done, int total, AssetPhaseRecompute last);
}
