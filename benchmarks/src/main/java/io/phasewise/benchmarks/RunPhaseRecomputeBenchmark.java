package io.phasewise.benchmarks;

import java.util.Locale;
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
    StringBuilder report = new StringBuilder(
        "\nPhases of the stored universe recomputed from scratch and recorded in PostgreSQL, seconds per run (median, min):\n");
    for (Map.Entry<String, Statistics> result : results.entrySet()) {
      report.append(String.format(Locale.ROOT, "%-28s %8.3f %8.3f%n", result.getKey(),
          result.getValue().getPercentile(50) / 1000, result.getValue().getMin() / 1000));
    }
    Statistics scratch = results.get("fromScratch");
    if (scratch != null) report.append(JmhRuns.atMost("fromScratch median s", scratch.getPercentile(50) / 1000, TARGET_SECONDS));
    System.out.print(report);
  }
}
