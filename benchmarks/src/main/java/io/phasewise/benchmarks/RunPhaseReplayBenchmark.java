package io.phasewise.benchmarks;

import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link PhaseReplayBenchmark} and reports seconds per 500 assets against the 5 s target. */
public final class RunPhaseReplayBenchmark {
  private static final double TARGET_SECONDS = 5;

  private RunPhaseReplayBenchmark() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Statistics> results = JmhRuns.run(PhaseReplayBenchmark.class, args, JmhRuns::method);
    StringBuilder report = new StringBuilder(
        "\nPhases of the universe recomputed from scratch (snapshots + replay), seconds per run (median, min):\n");
    for (Map.Entry<String, Statistics> result : results.entrySet()) {
      report.append(String.format(Locale.ROOT, "%-28s %8.3f %8.3f%n", result.getKey(),
          result.getValue().getPercentile(50) / 1000, result.getValue().getMin() / 1000));
    }
    Statistics replay = results.get("replayUniverse");
    if (replay != null) report.append(JmhRuns.atMost("replayUniverse median s", replay.getPercentile(50) / 1000, TARGET_SECONDS));
    System.out.print(report);
  }
}
