package io.phasewise.domain.snapshot;

import io.phasewise.domain.market.CandleSeries;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Extra features of a {@link FeatureVector} computed together (e.g. ADX with +DI and −DI from one
 * pass): their names and a causal batch computation over a candle series, one column per name (the
 * value at bar i reads bars 0..i only; NaN while it warms up).
 */
public interface FeatureDefinition {

  /** Lower-case snake-case keys under which the features are stored, e.g. {@code adx_14}. */
  List<String> names();

  /** One column per {@link #names() name}, each as long as {@code series}. */
  double[][] compute(CandleSeries series);

  /** A single feature named {@code name} computed by {@code kernel}. */
  static FeatureDefinition of(String name, Function<CandleSeries, double[]> kernel) {
    Objects.requireNonNull(kernel, "kernel");
    return new Group(List.of(name), series -> new double[][] {kernel.apply(series)});
  }

  /** Features named {@code names} computed together by {@code kernel}, columns in the order of the names. */
  static FeatureDefinition group(List<String> names, Function<CandleSeries, double[][]> kernel) {
    return new Group(names, kernel);
  }

  /** The implementation behind {@link #of} and {@link #group}; validates the names once. */
  record Group(List<String> names, Function<CandleSeries, double[][]> kernel) implements FeatureDefinition {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    public Group {
      names = List.copyOf(names);
      if (names.isEmpty()) throw new IllegalArgumentException("a feature definition needs at least one name");
      for (String name : names) {
        if (!NAME.matcher(name).matches()) {
          throw new IllegalArgumentException("feature name must be lower-case snake case, at most 63 characters: " + name);
        }
      }
      Objects.requireNonNull(kernel, "kernel");
    }

    @Override
    public double[][] compute(CandleSeries series) {
      double[][] columns = kernel.apply(series);
      if (columns.length != names.size()) {
        throw new IllegalStateException("features " + names + " computed " + columns.length + " columns");
      }
      for (double[] column : columns) {
        if (column.length != series.size()) {
          throw new IllegalStateException("features " + names + " computed a column of " + column.length
              + " values for " + series.size() + " bars");
        }
      }
      return columns;
    }
  }
}
