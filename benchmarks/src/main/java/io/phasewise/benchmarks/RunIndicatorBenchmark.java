package io.phasewise.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link IndicatorBenchmark} through the JMH runner (extra arguments are JMH options) and prints
 * nanoseconds per bar of each implementation and the ratios against their targets, by the median and by
 * the fastest measured iteration.
 */
public final class RunIndicatorBenchmark {
  private static final List<String> INDICATORS = List.of("sma", "ema", "rsi", "atr", "bollinger", "macd");
  private static final double OURS_OVER_TALIB = 1.0;
  private static final double MACD_OVER_TALIB = 0.5;
  private static final double TA4J_OVER_OURS = 20;
  private static final double ALL_SIX_NANOS = 40;
  private static final double STREAMING_NANOS = 50;

  private RunIndicatorBenchmark() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Map<String, Statistics> results = JmhRuns.run(IndicatorBenchmark.class, args, JmhRuns::method);
    String blank = System.lineSeparator();
    System.out.print(blank + report("median", results, statistics -> statistics.getPercentile(50))
        + blank + report("fastest (on a shared machine, interference only adds time)", results, Statistics::getMin));
  }

  private static String report(String statistic, Map<String, Statistics> results, ToDoubleFunction<Statistics> nanos) {
    ToDoubleFunction<String> of = method -> nanos.applyAsDouble(results.get(method));
    StringBuilder report = new StringBuilder(statistic + ", ns per bar:" + System.lineSeparator())
        .append(String.format(Locale.ROOT, "%-10s %10s %10s %10s %10s%n", "", "ours", "TA-Lib", "ta4j", "streaming"));
    for (String indicator : INDICATORS) {
      report.append(String.format(Locale.ROOT, "%-10s %10.2f %10.2f %10.1f %10.2f%n", indicator,
          of.applyAsDouble(indicator + "Ours"), of.applyAsDouble(indicator + "TaLib"),
          of.applyAsDouble(indicator + "Ta4j"), of.applyAsDouble(indicator + "Streaming")));
    }
    report.append(String.format(Locale.ROOT, "%-10s %10.2f   (into arrays allocated once, as TA-Lib's)%n", "bollinger",
            of.applyAsDouble("bollingerIntoOurs")))
        .append(String.format(Locale.ROOT, "%-10s %10.2f   (all five outputs: the bands, bandwidth and %%B)%n",
            "bollinger", of.applyAsDouble("bollingerAllFiveOurs")))
        .append(JmhRuns.atMost("allSixOurs ns/bar", of.applyAsDouble("allSixOurs"), ALL_SIX_NANOS))
        .append(JmhRuns.atMost("bollinger into arrays / TA-Lib", of.applyAsDouble("bollingerIntoOurs")
            / of.applyAsDouble("bollingerTaLib"), OURS_OVER_TALIB));
    for (String indicator : INDICATORS) {
      double ours = of.applyAsDouble(indicator + "Ours");
      report.append(JmhRuns.atMost(indicator + " ours / TA-Lib", ours / of.applyAsDouble(indicator + "TaLib"),
              "macd".equals(indicator) ? MACD_OVER_TALIB : OURS_OVER_TALIB))
          .append(JmhRuns.atLeast(indicator + " ta4j / ours", of.applyAsDouble(indicator + "Ta4j") / ours, TA4J_OVER_OURS))
          .append(JmhRuns.atMost(indicator + " streaming ns/bar", of.applyAsDouble(indicator + "Streaming"),
              STREAMING_NANOS));
    }
    return report.toString();
  }
}
