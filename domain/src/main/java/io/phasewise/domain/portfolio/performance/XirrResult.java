package io.phasewise.domain.portfolio.performance;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What {@link Xirr} found: the annual rate, or none with the reason; when several rates set the net
 * present value to 0, all of them ({@code roots}, ascending) and the rate reported is the one nearest 0.
 *
 * @param note why the rate is undefined, or that it is not unique; empty otherwise
 */
public record XirrResult(OptionalDouble rate, List<Double> roots, String note) {
  public XirrResult {
    Objects.requireNonNull(rate, "rate");
    roots = List.copyOf(roots);
    Objects.requireNonNull(note, "note");
  }

  static XirrResult undefined(String reason) {
    return new XirrResult(OptionalDouble.empty(), List.of(), reason);
  }

  /** Whether more than one rate solves the flows. */
  public boolean severalRoots() {
    return roots.size() > 1;
  }
}
