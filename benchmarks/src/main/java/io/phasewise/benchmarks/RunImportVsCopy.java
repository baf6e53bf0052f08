package io.phasewise.benchmarks;

import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link ImportVsCopyBenchmark} through the JMH runner (extra arguments are JMH options) and prints
 * each path's time and rows per second, and the ratios against raw COPY, by the median and by the fastest
 * measured operation.
 */
public final class RunImportVsCopy {
  private RunImportVsCopy() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Statistics> results = JmhRuns.run(ImportVsCopyBenchmark.class, args, RunImportVsCopy::name);
    String blank = System.lineSeparator();
    System.out.print(blank + ratios("median", results, statistics -> statistics.getPercentile(50)).report()
        + blank + ratios("fastest (on a shared machine, interference only adds time)", results, Statistics::getMin).report());
  }

  private static ImportVsCopyRatios ratios(String statistic, Map<String, Statistics> results,
      ToDoubleFunction<Statistics> millis) {
    return new ImportVsCopyRatios(statistic, millis.applyAsDouble(results.get("phasewiseImportNewRows")),
        millis.applyAsDouble(results.get("phasewiseReimportUnchanged")), millis.applyAsDouble(results.get("rawCopy")),
        millis.applyAsDouble(results.get("rawCopy foreignKey")));
  }

  /** The benchmark method, followed by " foreignKey" for the raw COPY into the table with the foreign key. */
  private static String name(RunResult result) {
    String method = JmhRuns.method(result);
    return "true".equals(result.getParams().getParam("foreignKey")) ? method + " foreignKey" : method;
  }
}
