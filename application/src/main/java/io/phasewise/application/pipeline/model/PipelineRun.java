package io.phasewise.application.pipeline.model;

import io.phasewise.domain.market.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A recorded pipeline run: when and why it ran, one outcome per analysed asset (in asset id order),
 * and the webhook round at its end.
 *
 * @param failure why a step failed as a whole (an outage of the webhook step, say), steps separated by
 *     {@code "; "}, each starting with the step's name; null when no step did. Failed assets are in
 *     their outcomes, not here.
 */
public record PipelineRun(long id, PipelineTrigger trigger, Interval interval, Instant startedAt, Instant finishedAt,
    List<PipelineAssetOutcome> outcomes, WebhookRound webhooks, String failure) {

  public PipelineRun {
    if (id <= 0) throw new IllegalArgumentException("a recorded run has a positive id: " + id);
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(finishedAt, "finishedAt");
    Objects.requireNonNull(webhooks, "webhooks");
    outcomes = List.copyOf(outcomes);
    if (finishedAt.isBefore(startedAt)) throw new IllegalArgumentException("finished " + finishedAt + " before " + startedAt);
    if (failure != null && failure.isBlank()) throw new IllegalArgumentException("a failure must say what failed");
  }

  public Duration elapsed() {
    return Duration.between(startedAt, finishedAt);
  }

  public int assetsFailed() {
    return (int) outcomes.stream().filter(o -> !o.succeeded()).count();
  }

  public int transitionsWritten() {
    return outcomes.stream().mapToInt(PipelineAssetOutcome::transitionsWritten).sum();
  }

  public int eventsEmitted() {
    return outcomes.stream().mapToInt(PipelineAssetOutcome::eventsEmitted).sum();
  }
}
