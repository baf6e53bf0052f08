package io.phasewise.benchmarks;

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
    System.out.print(JmhRuns.secondsPerRun("Phases of the universe recomputed from scratch (snapshots + replay)", results, 3,
        "replayUniverse", TARGET_SECONDS));
  }
}
