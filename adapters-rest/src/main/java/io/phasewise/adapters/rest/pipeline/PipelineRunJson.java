package io.phasewise.adapters.rest.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.StepResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded pipeline run as sent to clients: its counts, each step's result for the whole run by step
 * name, and one outcome per analysed asset with its results by step name.
 */
@Schema(name = "PipelineRun")
record PipelineRunJson(
    long id,
    @Schema(allowableValues = {"SCHEDULE", "ON_DEMAND"}) String trigger,
    @Schema(example = "1d") String interval,
    Instant startedAt,
    Instant finishedAt,
    long elapsedMillis,
    @Schema(description = "assets analysed: active and supported") int assetsTotal,
    @Schema(description = "assets with at least one failed step") int assetsFailed,
    @Schema(description = "each step's result for the whole run by step name (snapshots, phases, webhooks, ...), "
        + "in the order the steps ran; a per-asset step's counters are added up over its assets") Map<String, StepJson> steps,
    @Schema(description = "why steps failed as a whole (e.g. a webhook outage), each part naming its step; "
        + "null when none did", nullable = true) String failure,
    @Schema(description = "one per analysed asset, in asset id order") List<OutcomeJson> outcomes) {

  static PipelineRunJson of(PipelineRun run) {
    return new PipelineRunJson(run.id(), run.trigger().name(), run.interval().code(), run.startedAt(), run.finishedAt(),
        run.elapsed().toMillis(), run.outcomes().size(), run.assetsFailed(), StepJson.of(run.steps()), run.failure(),
        run.outcomes().stream().map(OutcomeJson::of).toList());
  }

  /** What a run did for one asset. */
  @Schema(name = "PipelineAssetOutcome")
  record OutcomeJson(
      long asset,
      String symbol,
      @Schema(allowableValues = {"ok", "failed"}, description = "failed when any step failed for this asset") String status,
      @Schema(description = "the result of each per-asset step by step name, in the order the steps ran")
      Map<String, StepJson> steps) {

    static OutcomeJson of(PipelineAssetOutcome o) {
      return new OutcomeJson(o.asset().value(), o.symbol(), o.succeeded() ? "ok" : "failed", StepJson.of(o.steps()));
    }
  }

  /** A step's result, for one asset or for the whole run. */
  @Schema(name = "PipelineStepResult")
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record StepJson(
      boolean ok,
      @Schema(description = "named counts, e.g. snapshots: written; phases: transitions, events; webhooks: events, "
          + "deliveries, attempted, delivered, retrying, failed") Map<String, Long> counters,
      @Schema(description = "the asset's phase after the step, for a step that reads one (phases)", nullable = true)
      PhaseJson phase,
      @Schema(description = "why the step failed; what it did before is in the counters", nullable = true) String failure,
      long elapsedMs) {

    static Map<String, StepJson> of(Map<String, StepResult> steps) {
      Map<String, StepJson> json = new LinkedHashMap<>();
      steps.forEach((name, r) -> json.put(name, new StepJson(r.ok(), r.outcome().counters(),
          r.outcome().phase().map(PhaseJson::of).orElse(null), r.failure().orElse(null), r.elapsed().toMillis())));
      return json;
    }
  }

  /** An asset's phase in brief. */
  @Schema(name = "PipelinePhase")
  record PhaseJson(
      @Schema(allowableValues = {"COOP", "DEFECT", "FORGIVE"}) String phase,
      double confidence,
      @Schema(description = "the one-line rationale") String summary,
      @Schema(description = "end time of the bar the phase was read from") Instant asOf) {

    static PhaseJson of(PhaseBrief p) {
      return new PhaseJson(p.phase().code(), p.confidence(), p.summary(), p.asOf());
    }
  }
}
