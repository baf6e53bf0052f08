package io.phasewise.domain.portfolio.performance;

import io.phasewise.domain.shared.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The calendar days {@code from} to {@code to}, both included. Figures over the period start from the
 * opening value, the value at the close of the day before {@code from}, so flows on {@code from} are
 * flows of the period.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
  public ReportPeriod {
    if (from == null || to == null) throw new IllegalArgumentException("a period has two dates: " + from + ".." + to);
    if (to.isBefore(from)) throw new InvalidInputException("to", "the period ends (" + to + ") before it starts (" + from + ")");
  }

  /** The day whose close is the opening value: the day before {@link #from}. */
  public LocalDate opening() {
    return from.minusDays(1);
  }

  /** Days in the period, both ends included. */
  public int days() {
    return Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1);
  }
}
