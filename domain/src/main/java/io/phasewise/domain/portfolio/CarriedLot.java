package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A lot moved by a transfer between two portfolios of one user: it keeps its acquisition date and its
 * cost. The quantity is in units as of the transfer date; the cost is in the sending portfolio's base
 * currency, which is the currency of the {@code TRANSFER_IN} that carries it (the receiving portfolio
 * converts it to its own base currency by that event's rate).
 */
public record CarriedLot(LocalDate acquiredOn, BigDecimal quantity, BigDecimal cost) {
  public CarriedLot {
    Objects.requireNonNull(acquiredOn, "acquiredOn");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(cost, "cost");
  }
}
