package io.phasewise.application.pipeline.model;

import io.phasewise.domain.market.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded pipeline run: when and why it ran, one outcome per analysed asset (in asset id order),
 * and each step's result for the whole run by step name, in the order the steps ran (a per-asset
 * step's counters added up over its assets, a run-wide step's such as the webhooks' as it reported them).
 */
public record PipelineRun(long id, PipelineTrigger trigger, Interval interval, Instant startedAt, Instant finishedAt,
    List<PipelineAssetOutcome> outcomes, Map<String, StepResult> steps) {

  public PipelineRun {
    if (id <= 0) throw new IllegalArgumentException("a recorded run has a positive id: " + id);
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    outcomes = List.copyOf(outcomes);
    steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    if (finishedAt.isBefore(startedAt)) throw new IllegalArgumentException("finished " + finishedAt + " before " + startedAt);
  }

  public Duration elapsed() {
    return Duration.between(startedAt, finishedAt);
  }

  public int assetsFailed() {
    return (int) outcomes.stream().filter(o -> !o.succeeded()).count();
  }

  /** The counter {@code name} of step {@code step} over the whole run, 0 when the step did not run or has none. */
  public long counter(String step, String name) {
    StepResult result = steps.get(step);
    return result == null ? 0 : result.outcome().counter(name);
  }

  /**
   * Why steps failed as a whole (an outage of the webhook step, say), separated by {@code "; "}, each
   * starting with the step's name; null when no step did. Failed assets are in their outcomes, not here.
   */
  public String failure() {
    return StepResult.failures(steps);
  }
}
