package io.phasewise.benchmarks;

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
    System.out.print(JmhRuns.secondsPerRun("Daily snapshots of every bar of the universe", results, 2, "fromMemory",
        TARGET_SECONDS));
  }
}
