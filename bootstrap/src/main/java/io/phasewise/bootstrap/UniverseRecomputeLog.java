package io.phasewise.bootstrap;

import io.phasewise.application.snapshot.port.in.AssetRecompute;
import io.phasewise.application.snapshot.port.in.UniverseProgress;
import io.phasewise.application.snapshot.port.in.UniverseReport;
import java.io.PrintWriter;
import java.util.Locale;

/** Human-readable progress and summary of a universe recompute, for the command line. */
final class UniverseRecomputeLog {
  private static final int EVERY = 100;

  private UniverseRecomputeLog() {}

  /** Progress printed every {@value #EVERY} assets and at the end. */
  static UniverseProgress to(PrintWriter out) {
    return (done, total, last) -> {
      if (done % EVERY == 0 || done == total) {
        out.printf(Locale.ROOT, "snapshots: %d of %d assets%n", done, total);
        out.flush();
      }
    };
  }

  /** One line per failed asset, then the totals. */
  static String summary(UniverseReport report) {
    StringBuilder text = new StringBuilder();
    long written = 0;
    for (AssetRecompute asset : report.assets()) {
      if (asset.outcome().isLeft()) {
        text.append(asset.symbol()).append(" (").append(asset.asset()).append("): ")
            .append(asset.outcome().getLeft().message()).append('\n');
      } else {
        written += asset.outcome().get().written().inserted() + asset.outcome().get().written().updated();
      }
    }
    return text.append(String.format(Locale.ROOT, "recomputed %s snapshots of %d asset(s) in %.1f s: %d failed, %d bar(s) written",
        report.interval().code(), report.assets().size(), report.elapsed().toMillis() / 1000.0, report.failed(), written)).toString();
  }
}
