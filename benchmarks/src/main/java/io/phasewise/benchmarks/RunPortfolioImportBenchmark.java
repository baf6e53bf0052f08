package io.phasewise.benchmarks;

import java.util.Map;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link PortfolioImportBenchmark} and reports seconds per 10,000-row statement against the 3 s target. */
public final class RunPortfolioImportBenchmark {
  private static final double TARGET_SECONDS = 3;

  private RunPortfolioImportBenchmark() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Statistics> results = JmhRuns.run(PortfolioImportBenchmark.class, args, JmhRuns::method);
    System.out.print(JmhRuns.secondsPerRun("A 10,000-row Phasewise CSV imported into an empty portfolio on PostgreSQL", results, 3,
        "importStatement", TARGET_SECONDS));
  }
}
