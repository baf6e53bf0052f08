package io.phasewise.bootstrap;

import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.shared.AssetResult;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import java.io.PrintWriter;
import java.util.Locale;

/** Human-readable progress, per-asset outcomes and summaries of snapshot and phase recomputes, for the command line. */
final class RecomputeLog {
  private static final int EVERY = 100;

  private RecomputeLog() {}

  /** Snapshot progress printed every {@value #EVERY} assets and at the end. */
  static BatchProgress<RecomputeResult> snapshotProgress(PrintWriter out) {
    return (done, total, last) -> progress(out, "snapshots", done, total);
  }

  /** Phase progress printed every {@value #EVERY} assets and at the end. */
  static BatchProgress<PhaseRecomputeResult> phaseProgress(PrintWriter out) {
    return (done, total, last) -> progress(out, "phases", done, total);
  }

  private static void progress(PrintWriter out, String what, int done, int total) {
    if (done % EVERY == 0 || done == total) {
      out.printf(Locale.ROOT, "%s: %d of %d assets%n", what, done, total);
      out.flush();
    }
  }

  /** One line per asset whose snapshots failed, then the totals. */
  static String snapshotSummary(Interval interval, BatchReport<RecomputeResult> report) {
    StringBuilder text = new StringBuilder();
    long written = 0;
    for (AssetResult<RecomputeResult> asset : report.assets()) {
      if (asset.outcome().isLeft()) {
        text.append(asset.symbol()).append(" (").append(asset.asset()).append("): ")
            .append(asset.outcome().getLeft().message()).append('\n');
      } else {
        written += asset.outcome().get().written().inserted() + asset.outcome().get().written().updated();
      }
    }
    return text.append(String.format(Locale.ROOT, "recomputed %s snapshots of %d asset(s) in %.1f s: %d failed, %d bar(s) written",
        interval.code(), report.assets().size(), report.elapsed().toMillis() / 1000.0, report.failed(), written)).toString();
  }

  /** One line per asset's phase outcome, in the report's order. */
  static String phaseOutcomes(BatchReport<PhaseRecomputeResult> report) {
    StringBuilder text = new StringBuilder();
    for (AssetResult<PhaseRecomputeResult> asset : report.assets()) {
      text.append(asset.symbol() == null ? "?" : asset.symbol()).append(" (").append(asset.asset()).append("): ");
      if (asset.outcome().isLeft()) text.append("failed: ").append(asset.outcome().getLeft().message());
      else text.append(line(asset.outcome().get()));
      text.append('\n');
    }
    return text.toString();
  }

  /** The totals of a phase recompute. */
  static String phaseSummary(Interval interval, BatchReport<PhaseRecomputeResult> report) {
    return String.format(Locale.ROOT,
        "recomputed %s phases of %d asset(s) in %.1f s: %d failed, %d transition(s) written, %d event(s) emitted",
        interval.code(), report.assets().size(), report.elapsed().toMillis() / 1000.0, report.failed(),
        report.sum(PhaseRecomputeResult::transitionsWritten), report.sum(PhaseRecomputeResult::eventsEmitted));
  }

  private static String line(PhaseRecomputeResult r) {
    if (r.state().isEmpty()) return "no bars at " + r.interval().code();
    PhaseState s = r.state().get();
    return String.format(Locale.ROOT, "%s %.2f as of %s, %d bars; transitions kept %d, removed %d, written %d; events %d",
        s.phase().code(), s.confidence(), s.asOf(), r.barsRead(), r.transitionsKept(), r.transitionsRemoved(),
        r.transitionsWritten(), r.eventsEmitted());
  }
}
