package io.phasewise.domain.portfolio.performance;

import java.time.LocalDate;
import java.util.Objects;

/** Something a performance figure had to assume on {@code day}, such as a missing price or a return taken as 0. */
public record PerformanceWarning(LocalDate day, String message) {
  public PerformanceWarning {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(message, "message");
  }
}
