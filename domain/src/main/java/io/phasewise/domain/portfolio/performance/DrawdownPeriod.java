package io.phasewise.domain.portfolio.performance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The maximum drawdown of a TWR index (never of market value: a deposit is not a gain, a withdrawal not
 * a loss) with its dates: index_trough / index_peak − 1, the peak the last day the running high was
 * reached before the trough, the recovery the first day back at or above the peak, if any.
 */
public record DrawdownPeriod(double depth, LocalDate peak, LocalDate trough, Optional<LocalDate> recovery) {
  public DrawdownPeriod {
    Objects.requireNonNull(peak, "peak");
    Objects.requireNonNull(trough, "trough");
    Objects.requireNonNull(recovery, "recovery");
  }
}
