package io.phasewise.application.pipeline.service;

import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.pipeline.step.PipelineStep;
import io.phasewise.application.pipeline.step.StepData;
import io.phasewise.application.pipeline.step.StepReport;
import io.phasewise.application.shared.AssetResult;
import io.phasewise.domain.market.AssetId;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules a pipeline's list of steps obeys, and the spreading of a step's report over the run's assets. */
final class PipelineSteps {

  private PipelineSteps() {}

  /**
   * {@code steps} if they can run in this order: names unique and not blank, and no step reading what
   * a later step writes (e.g. stored snapshots read before the step that stores them).
   */
  static List<PipelineStep> check(List<PipelineStep> steps) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      PipelineStep step = steps.get(i);
      if (step.name().isBlank() || !names.add(step.name())) {
        throw new IllegalArgumentException("step names must be unique and not blank: '" + step.name() + "'");
      }
      StepData reads = step.reads();
      for (PipelineStep later : steps.subList(i + 1, steps.size())) {
        if (later.writes().filter(reads::equals).isPresent()) {
          throw new IllegalArgumentException("step " + step.name() + " reads " + reads + " that the later step "
              + later.name() + " writes: put it after");
        }
      }
    }
    return List.copyOf(steps);
  }

  /**
   * Puts step {@code name}'s result of each asset into {@code byAsset}: the asset's own, or why the
   * step failed as a whole, or that it had no result for the asset.
   */
  static void perAsset(String name, StepReport report, Map<AssetId, Map<String, StepResult>> byAsset) {
    Map<AssetId, AssetResult<StepOutcome>> results = new HashMap<>();
    report.assets().forEach(r -> results.put(r.asset(), r));
    byAsset.forEach((asset, steps) -> {
      AssetResult<StepOutcome> result = results.get(asset);
      StepResult stepResult;
      if (result != null) {
        stepResult = result.outcome().fold(f -> StepResult.failed(f.message(), result.elapsed()),
            outcome -> StepResult.ok(outcome, result.elapsed()));
      } else {
        stepResult = StepResult.failed(report.failure().orElse("no result for asset " + asset), Duration.ZERO);
      }
      steps.put(name, stepResult);
    });
  }
}
