package io.phasewise.benchmarks;

import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link UniverseSnapshotBenchmark} and reports seconds per universe against the 10 s target. */
public final class RunUniverseBenchmark {
  private static final double TARGET_SECONDS = 10;

  private RunUniverseBenchmark() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Statistics> results = JmhRuns.run(UniverseSnapshotBenchmark.class, args, JmhRuns::method);
    StringBuilder report = new StringBuilder("\nDaily snapshots of every bar of the universe, seconds per run (median, min):\n");
    for (Map.Entry<String, Statistics> result : results.entrySet()) {
      report.append(String.format(Locale.ROOT, "%-28s %8.2f %8.2f%n", result.getKey(),
          result.getValue().getPercentile(50) / 1000, result.getValue().getMin() / 1000));
    }
    Statistics memory = results.get("fromMemory");
    if (memory != null) report.append(JmhRuns.atMost("fromMemory median s", memory.getPercentile(50) / 1000, TARGET_SECONDS));
    System.out.print(report);
  }
}
