package io.phasewise.adapters.rest.pipeline;

import io.phasewise.application.pipeline.model.PipelineAssetOutcome.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.WebhookRound;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A recorded pipeline run as sent to clients: its counts, the webhook round and one outcome per analysed asset. */
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
    @Schema(description = "phase transitions written over all assets") int transitions,
    @Schema(description = "phase events emitted for webhooks over all assets") int events,
    WebhooksJson webhooks,
    @Schema(description = "why a step failed as a whole (e.g. a webhook outage), each part naming its step; "
        + "null when none did", nullable = true) String failure,
    @Schema(description = "one per analysed asset, in asset id order") List<OutcomeJson> outcomes) {

  static PipelineRunJson of(PipelineRun run) {
    return new PipelineRunJson(run.id(), run.trigger().name(), run.interval().code(), run.startedAt(), run.finishedAt(),
        run.elapsed().toMillis(), run.outcomes().size(), run.assetsFailed(), run.transitionsWritten(), run.eventsEmitted(),
        WebhooksJson.of(run.webhooks()), run.failure(), run.outcomes().stream().map(OutcomeJson::of).toList());
  }

  /** The webhook round at the end of a run: events fanned out into deliveries, then the deliveries due attempted. */
  @Schema(name = "PipelineWebhookRound")
  record WebhooksJson(int events, int deliveries, int attempted, int delivered,
      @Schema(description = "attempts that failed and will be retried") int retrying,
      @Schema(description = "deliveries given up for good") int failed) {

    static WebhooksJson of(WebhookRound r) {
      return new WebhooksJson(r.events(), r.deliveries(), r.attempted(), r.delivered(), r.retrying(), r.failed());
    }
  }

  /** What a run did for one asset. */
  @Schema(name = "PipelineAssetOutcome")
  record OutcomeJson(
      long asset,
      String symbol,
      @Schema(allowableValues = {"ok", "failed"}) String status,
      @Schema(description = "snapshot rows written: 0 when no new bar arrived") long snapshotsWritten,
      @Schema(description = "the asset's phase after the run; null without bars or when a step failed", nullable = true)
      PhaseJson phase,
      int transitionsWritten,
      @Schema(description = "events of transitions decided since the previous run: news for webhooks") int eventsEmitted,
      @Schema(description = "one message per failed step, starting with the step: 'snapshots: ' or 'phases: '")
      List<String> failures) {

    static OutcomeJson of(PipelineAssetOutcome o) {
      return new OutcomeJson(o.asset().value(), o.symbol(), o.succeeded() ? "ok" : "failed", o.snapshotsWritten(),
          o.phase().map(PhaseJson::of).orElse(null), o.transitionsWritten(), o.eventsEmitted(), o.failures());
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
