package io.phasewise.domain.indicator;

import io.phasewise.domain.indicator.IndicatorParameter.Kind;
import io.phasewise.domain.market.CandleSeries;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an {@link IndicatorRegistry} knows of one indicator: its name, what it computes, its
 * parameters, the names of its outputs, the bars it needs before a first value (as a function of the
 * arguments) and its batch kernel over a candle series.
 *
 * <p>An indicator with an {@link Kind#ASSET} parameter named {@link #BENCHMARK} is a pair indicator:
 * its kernel also gets the benchmark's bars, aligned with the series on the open times both have.
 */
public record IndicatorDescriptor(String name, String description, List<IndicatorParameter> parameters,
    List<String> outputs, WarmUp warmUp, Kernel kernel) {

  /** Name of the parameter naming the benchmark asset of pair indicators. */
  public static final String BENCHMARK = "benchmark";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /** The bars an indicator needs before its first value, for given arguments. */
  @FunctionalInterface
  public interface WarmUp {
    int bars(IndicatorArguments args);
  }

  /**
   * Computes the output columns over {@code series}, one value per bar (NaN while warming up), keyed
   * by output name; {@code benchmark} is the aligned benchmark of a pair indicator, else null. Throws
   * {@link IllegalArgumentException} for arguments it refuses, the message starting with the
   * parameter's name.
   */
  @FunctionalInterface
  public interface Kernel {
    Map<String, double[]> compute(IndicatorArguments args, CandleSeries series, CandleSeries benchmark);
  }

  public IndicatorDescriptor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(warmUp, "warmUp");
    Objects.requireNonNull(kernel, "kernel");
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
    if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("name must match " + NAME + ": " + name);
    if (outputs.isEmpty() || new HashSet<>(outputs).size() != outputs.size()) {
      throw new IllegalArgumentException(name + ": outputs must be distinct and at least one: " + outputs);
    }
    if (parameters.stream().map(IndicatorParameter::name).distinct().count() != parameters.size()) {
      throw new IllegalArgumentException(name + ": parameter names must be distinct");
    }
  }

  /** Whether this is a pair indicator, computed against a benchmark asset. */
  public boolean pair() {
    return parameters.stream().anyMatch(p -> p.name().equals(BENCHMARK) && p.kind() == Kind.ASSET);
  }

  /** The kernel's columns in the order of {@link #outputs}, each one value per bar of {@code series}. */
  public double[][] columns(IndicatorArguments args, CandleSeries series, CandleSeries benchmark) {
    Map<String, double[]> computed = kernel.compute(args, series, benchmark);
    if (computed.size() != outputs.size()) {
      throw new IllegalStateException(name + " computed " + computed.keySet() + ", not the outputs " + outputs);
    }
    double[][] columns = new double[outputs.size()][];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = computed.get(outputs.get(k));
      if (columns[k] == null || columns[k].length != series.size()) {
        throw new IllegalStateException(name + " gave no column of " + series.size() + " values for " + outputs.get(k));
      }
    }
    return columns;
  }
}
