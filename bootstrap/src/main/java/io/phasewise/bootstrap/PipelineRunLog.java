package io.phasewise.bootstrap;

import io.phasewise.application.pipeline.model.PipelineAssetOutcome.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import java.util.Comparator;
import java.util.Locale;

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

  /** What the run did, in one line: its counts, the webhooks delivered, the time taken and a failed step if any. */
  static String summary(PipelineRun run) {
    String text = String.format(Locale.ROOT,
        "pipeline run %d (%s, %s): %d asset(s), %d failed, %d transition(s), %d event(s), %d webhook(s) delivered in %.1f s",
        run.id(), run.trigger().name().toLowerCase(Locale.ROOT).replace('_', '-'), run.interval().code(),
        run.outcomes().size(), run.assetsFailed(), run.transitionsWritten(), run.eventsEmitted(),
        run.webhooks().delivered(), run.elapsed().toMillis() / 1000.0);
    return run.failure() == null ? text : text + "; " + run.failure();
  }

  /** One asset: what failed, or its phase and what was written. */
  static String line(PipelineAssetOutcome o) {
    String who = o.symbol() + " (" + o.asset() + "): ";
    if (!o.succeeded()) return who + "failed: " + String.join("; ", o.failures());
    String phase = o.phase().map(PipelineRunLog::phase).orElse("no phase (no bars)");
    return String.format(Locale.ROOT, "%s%s; %d snapshot(s), %d transition(s), %d event(s)", who, phase,
        o.snapshotsWritten(), o.transitionsWritten(), o.eventsEmitted());
  }

  private static String phase(PhaseBrief p) {
    return String.format(Locale.ROOT, "%s %.2f as of %s", p.phase().code(), p.confidence(), p.asOf());
  }
}
