package io.phasewise.bootstrap;

import io.phasewise.application.phase.port.in.AssetPhaseRecompute;
import io.phasewise.application.phase.port.in.PhaseRecomputeProgress;
import io.phasewise.application.phase.port.in.PhaseRecomputeReport;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.domain.phase.PhaseState;
import java.io.PrintWriter;
import java.util.Locale;

/** Human-readable progress, per-asset outcomes and summary of a phase recompute, for the command line. */
final class PhaseRecomputeLog {
  private static final int EVERY = 100;

  private PhaseRecomputeLog() {}

  /** Progress printed every {@value #EVERY} assets and at the end. */
  static PhaseRecomputeProgress to(PrintWriter out) {
    return (done, total, last) -> {
      if (done % EVERY == 0 || done == total) {
        out.printf(Locale.ROOT, "phases: %d of %d assets%n", done, total);
        out.flush();
      }
    };
  }

  /** One line per asset, in the report's order. */
  static String outcomes(PhaseRecomputeReport report) {
    StringBuilder text = new StringBuilder();
    for (AssetPhaseRecompute asset : report.assets()) {
      text.append(asset.symbol() == null ? "?" : asset.symbol()).append(" (").append(asset.asset()).append("): ");
      if (asset.outcome().isLeft()) text.append("failed: ").append(asset.outcome().getLeft().message());
      else text.append(line(asset.outcome().get()));
      text.append('\n');
    }
    return text.toString();
  }

  /** The totals. */
  static String summary(PhaseRecomputeReport report) {
    return String.format(Locale.ROOT,
        "recomputed %s phases of %d asset(s) in %.1f s: %d failed, %d transition(s) written, %d event(s) emitted",
        report.interval().code(), report.assets().size(), report.elapsed().toMillis() / 1000.0, report.failed(),
        report.transitionsWritten(), report.eventsEmitted());
  }

  private static String line(PhaseRecomputeResult r) {
    if (r.state().isEmpty()) return "no bars at " + r.interval().code();
    PhaseState s = r.state().get();
    return String.format(Locale.ROOT, "%s %.2f as of %s, %d bars; transitions kept %d, removed %d, written %d; events %d",
        s.phase().code(), s.confidence(), s.asOf(), r.barsRead(), r.transitionsKept(), r.transitionsRemoved(),
        r.transitionsWritten(), r.eventsEmitted());
  }
}
