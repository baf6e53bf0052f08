package io.phasewise.application.shared;

/** Told after each asset of a batch; called from worker threads, so it must be thread-safe. */
@FunctionalInterface
public interface BatchProgress<R> {

  /** {@code done} of {@code total} assets are finished, the latest being {@code last}. */
  void assetDone(int done, int total, AssetResult<R> last);

  /** Progress nobody listens to. */
  static <R> BatchProgress<R> none() {
    return (done, total, last) -> { };
  }
}
