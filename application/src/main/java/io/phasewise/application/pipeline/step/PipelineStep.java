package io.phasewise.application.pipeline.step;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.util.List;
import java.util.Optional;

/** One named step of the pipeline: what it reads and writes, and its work over the run's assets. */
public interface PipelineStep {

  /** The step's name, the key of its results in a run (e.g. {@code snapshots}); unique in a pipeline. */
  String name();

  StepData reads();

  /** What the step writes that a later step may read; empty when nothing. */
  default Optional<StepData> writes() {
    return Optional.empty();
  }

  /**
   * The step's work over {@code assets} (the run's analysed assets): a result per asset for a step that
   * reads per-asset data (one asset's failure fails that asset only), or one for the whole run.
   * Whatever escapes fails the step as a whole.
   */
  StepReport run(List<AssetId> assets, Interval interval);
}
