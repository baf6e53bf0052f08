package io.phasewise.domain.portfolio.performance;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A return labelled with what it is, so a reader never has to guess which kind of return is shown
 * (PORTFOLIO.md section 5, "say which return").
 *
 * @param name a short name (TWR, XIRR, Modified Dietz, simple ROI)
 * @param value the figure as a fraction (0.05 is 5%), empty when the data cannot define it
 * @param formula how it is computed, in one line
 * @param note why it is undefined or what else to know about it; empty when nothing
 */
public record ReturnFigure(String name, OptionalDouble value, String formula, String note) {
  public ReturnFigure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(note, "note");
  }

  /** {@code value} when it is finite, otherwise an empty figure with {@code whenUndefined} as its note. */
  static ReturnFigure of(String name, double value, String formula, String whenUndefined) {
    return Double.isFinite(value)
        ? new ReturnFigure(name, OptionalDouble.of(value), formula, "")
        : new ReturnFigure(name, OptionalDouble.empty(), formula, whenUndefined);
  }
}
