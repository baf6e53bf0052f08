package io.phasewise.benchmarks;

import java.util.Map;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ImportVsCopyBenchmark} through the JMH runner (extra arguments are JMH options) and prints
 * each path's rows per second and both ratios against raw COPY.
 */
public final class RunImportVsCopy {
  private RunImportVsCopy() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Double> millis = new Runner(new OptionsBuilder()
        .parent(new CommandLineOptions(args))
        .include(ImportVsCopyBenchmark.class.getName() + "\\.")
        .build())
        .run().stream()
        .collect(Collectors.toMap(RunImportVsCopy::method, result -> result.getPrimaryResult().getScore()));
    ImportVsCopyRatios ratios = new ImportVsCopyRatios(millis.get("phasewiseImportNewRows"),
        millis.get("phasewiseReimportUnchanged"), millis.get("rawCopy"));
    System.out.print(System.lineSeparator() + ratios.report());
  }

  private static String method(RunResult result) {
    String benchmark = result.getParams().getBenchmark();
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }
}
