package io.phasewise.domain.portfolio.performance;

import java.util.Objects;
import java.time.LocalDate;

/** A cash flow of a money-weighted return, from the investor's side: money put in is negative, money taken out positive. */
public record DatedFlow(LocalDate date, double amount) {
  public DatedFlow {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(amount)) throw new IllegalArgumentException("a flow amount must be finite: " + amount);
  }
}
