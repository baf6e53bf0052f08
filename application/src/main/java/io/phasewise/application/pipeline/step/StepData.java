package io.phasewise.application.pipeline.step;

/**
 * What a pipeline step reads or writes. The pipeline runs a step that reads what another step of the
 * list writes after that one, and keeps per-asset results only for steps that read per-asset data.
 */
public enum StepData {
  /** The stored candles, recomputing from them (e.g. snapshots, or phases replayed on snapshots computed in memory). */
  CANDLES(true),
  /** The snapshots stored by a step that writes them. */
  STORED_SNAPSHOTS(true),
  /** The phase events in the webhook outbox: a run-wide step, with no result per asset. */
  PHASE_EVENTS(false);

  private final boolean perAsset;

  StepData(boolean perAsset) {
    this.perAsset = perAsset;
  }

  /** Whether a step reading this works asset by asset, with a result per asset. */
  public boolean perAsset() {
    return perAsset;
  }
}
