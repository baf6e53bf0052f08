package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A lot moved by a transfer between two portfolios of one user: it keeps its acquisition date and its
 * cost (in the portfolio's base currency, unsplit units as of the transfer date).
 */
public record CarriedLot(LocalDate acquiredOn, BigDecimal quantity, BigDecimal cost) {
  public CarriedLot {
    Objects.requireNonNull(acquiredOn, "acquiredOn");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(cost, "cost");
  }
}
