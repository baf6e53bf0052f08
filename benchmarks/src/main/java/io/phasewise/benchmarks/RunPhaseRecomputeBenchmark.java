package io.phasewise.benchmarks;

import java.util.Map;
import java.util.stream.Stream;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link PhaseRecomputeBenchmark} on 500 assets of 2,520 daily bars (unless {@code -p} says
 * otherwise) and reports seconds per universe against the 5 s target.
 */
public final class RunPhaseRecomputeBenchmark {
  private static final double TARGET_SECONDS = 5;

  private RunPhaseRecomputeBenchmark() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    String[] sized = Stream.concat(Stream.of("-p", "assets=500", "-p", "bars=2520"), Stream.of(args)).toArray(String[]::new);
    Map<String, Statistics> results = JmhRuns.run(PhaseRecomputeBenchmark.class, sized, JmhRuns::method);
    System.out.print(JmhRuns.secondsPerRun("Phases of the stored universe recomputed from scratch and recorded in PostgreSQL",
        results, 3, "fromScratch", TARGET_SECONDS));
  }
}
