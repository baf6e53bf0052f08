package io.phasewise.bootstrap;

import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.StepResult;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Human-readable lines of a pipeline run, for the command line and the scheduler's log. */
final class PipelineRunLog {
  /** Failed assets first, each group in the run's (asset id) order. */
  private static final Comparator<PipelineAssetOutcome> FAILED_FIRST = Comparator.comparing(PipelineAssetOutcome::succeeded);

  private PipelineRunLog() {}

  /** One line per asset, failed ones first. */
  static String outcomes(PipelineRun run) {
    StringBuilder text = new StringBuilder();
    run.outcomes().stream().sorted(FAILED_FIRST).forEach(o -> text.append(line(o)).append('\n'));
    return text.toString();
  }

  /**
   * What the run did, in one line: its assets, the time taken, each step's counters over the run
   * ({@code snapshots: written 3; phases: transitions 1, events 1; webhooks: ...}) and the failed steps if any.
   */
  static String summary(PipelineRun run) {
    String text = String.format(Locale.ROOT, "pipeline run %d (%s, %s): %d asset(s), %d failed in %.1f s%s",
        run.id(), run.trigger().name().toLowerCase(Locale.ROOT).replace('_', '-'), run.interval().code(),
        run.outcomes().size(), run.assetsFailed(), run.elapsed().toMillis() / 1000.0, counters(run.steps()));
    return run.failure() == null ? text : text + "; " + run.failure();
  }

  /** One asset: what failed, or its phase and each step's counters. */
  static String line(PipelineAssetOutcome o) {
    String who = o.symbol() + " (" + o.asset() + "): ";
    if (!o.succeeded()) return who + "failed: " + String.join("; ", o.failures());
    return who + o.phase().map(PipelineRunLog::phase).orElse("no phase (no bars)") + counters(o.steps());
  }

  /** {@code "; <step>: <counter> <count>, ..."} for each step with counters, in step order. */
  private static String counters(Map<String, StepResult> steps) {
    return steps.entrySet().stream().filter(s -> !s.getValue().outcome().counters().isEmpty())
        .map(s -> "; " + s.getKey() + ": " + s.getValue().outcome().counters().entrySet().stream()
            .map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", ")))
        .collect(Collectors.joining());
  }

  private static String phase(PhaseBrief p) {
    return String.format(Locale.ROOT, "%s %.2f as of %s", p.phase().code(), p.confidence(), p.asOf());
  }
}
