package io.phasewise.domain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A price the user recorded for an {@link Instrument.External} instrument, valid from {@code day} on. */
public record RecordedPrice(Instrument.External instrument, LocalDate day, BigDecimal price) {
  public RecordedPrice {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(price, "price");
  }
}
