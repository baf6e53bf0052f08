package io.phasewise.application.pipeline.model;

import io.phasewise.domain.market.AssetId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run did for one asset: the result of each per-asset step by step name, in the order the
 * steps ran.
 *
 * @param symbol the asset's symbol when the run listed it
 */
public record PipelineAssetOutcome(AssetId asset, String symbol, Map<String, StepResult> steps) {

  public PipelineAssetOutcome {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(symbol, "symbol");
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
  }

  public boolean succeeded() {
    return steps.values().stream().allMatch(StepResult::ok);
  }

  /** What went wrong, one message per failed step, each starting with the step's name ({@code phases: ...}). */
  public List<String> failures() {
    return StepResult.failed(steps).toList();
  }

  /** The counter {@code name} of step {@code step}, 0 when the step did not run or has none of that name. */
  public long counter(String step, String name) {
    StepResult result = steps.get(step);
    return result == null ? 0 : result.outcome().counter(name);
  }

  /** The asset's phase after the run, empty when no step read one (no bars, or a failure). */
  public Optional<PhaseBrief> phase() {
    return steps.values().stream().flatMap(s -> s.outcome().phase().stream()).findFirst();
  }
}
