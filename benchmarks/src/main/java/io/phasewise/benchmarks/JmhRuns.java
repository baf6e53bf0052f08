package io.phasewise.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/** Shared by the benchmark runners: runs one benchmark class through JMH and reports against targets. */
final class JmhRuns {
  private JmhRuns() {}

  /**
   * Runs every method of {@code benchmark} (or those {@code args} name by regular expression) with
   * {@code args} as further JMH options and returns the statistics of each measured operation, keyed
   * by {@code name}.
   */
  static Map<String, Statistics> run(Class<?> benchmark, String[] args, Function<RunResult, String> name)
      throws RunnerException, CommandLineOptionException {
    CommandLineOptions options = new CommandLineOptions(args);
    ChainedOptionsBuilder builder = new OptionsBuilder().parent(options);
    if (options.getIncludes().isEmpty()) builder.include(benchmark.getName() + "\\.");
    return new Runner(builder.build())
        .run().stream()
        .collect(Collectors.toMap(name, result -> result.getPrimaryResult().getStatistics()));
  }

  /** The benchmark method's simple name. */
  static String method(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /**
   * The report of a single-shot benchmark measured in milliseconds: {@code heading}, then each operation's
   * median and fastest time in seconds with {@code decimals} decimals, then the median of {@code target}
   * against {@code targetSeconds} when that operation ran.
   */
  static String secondsPerRun(String heading, Map<String, Statistics> results, int decimals, String target,
      double targetSeconds) {
    StringBuilder report = new StringBuilder("\n" + heading + ", seconds per run (median, min):\n");
    String line = "%-28s %8." + decimals + "f %8." + decimals + "f%n";
    for (Map.Entry<String, Statistics> result : results.entrySet()) {
      report.append(String.format(Locale.ROOT, line, result.getKey(),
          result.getValue().getPercentile(50) / 1000, result.getValue().getMin() / 1000));
    }
    Statistics measured = results.get(target);
    if (measured != null) report.append(atMost(target + " median s", measured.getPercentile(50) / 1000, targetSeconds));
    return report.toString();
  }

  /** One report line: {@code value} against a lower bound. */
  static String atLeast(String name, double value, double target) {
    return target(name, value, ">=", target, value >= target);
  }

  /** One report line: {@code value} against an upper bound. */
  static String atMost(String name, double value, double target) {
    return target(name, value, "<=", target, value <= target);
  }

  private static String target(String name, double value, String relation, double target, boolean met) {
    return String.format(Locale.ROOT, "%-58s %.2f (target %s %.1f: %s)%n", name, value, relation, target,
        met ? "met" : "MISSED");
  }
}
