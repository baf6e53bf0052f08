package io.phasewise.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link PortfolioReportBenchmark} and prints the full report's and the baseline loop's time per
 * operation and their ratio against the 5× target, by the median and by the fastest iteration.
 */
public final class RunPortfolioReportBenchmark {
  private static final double TARGET_RATIO = 5;

  private RunPortfolioReportBenchmark() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Statistics> results = JmhRuns.run(PortfolioReportBenchmark.class, args, JmhRuns::method);
    System.out.print(System.lineSeparator() + "Portfolio report vs a double[] loop over the same grid, microseconds per operation:"
        + System.lineSeparator() + ratio("median", results, statistics -> statistics.getPercentile(50))
        + ratio("fastest (on a shared machine, interference only adds time)", results, Statistics::getMin));
  }

  private static String ratio(String statistic, Map<String, Statistics> results, ToDoubleFunction<Statistics> micros) {
    double report = micros.applyAsDouble(results.get("fullReport"));
    double baseline = micros.applyAsDouble(results.get("baseline"));
    return String.format(Locale.ROOT, "%s: fullReport %,.0f us, baseline %,.0f us%n", statistic, report, baseline)
        + JmhRuns.atMost("  fullReport / baseline", report / baseline, TARGET_RATIO);
  }
}
