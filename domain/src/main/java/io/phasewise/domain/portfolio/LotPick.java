package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.util.Objects;

/** Part of a {@link BookingMethod#SPECIFIC_ID} sale: how much of the lot opened by {@code openedBy} it closes. */
public record LotPick(LedgerEventId openedBy, BigDecimal quantity) {
  public LotPick {
    Objects.requireNonNull(openedBy, "openedBy");
    Objects.requireNonNull(quantity, "quantity");
  }
}
