package io.phasewise.domain.portfolio;

import java.util.Objects;
import java.util.UUID;

/** Identity of one event of a ledger, kept by every revision of that event. */
public record LedgerEventId(UUID value) {
  public LedgerEventId {
    Objects.requireNonNull(value, "event id");
  }

  public static LedgerEventId of(UUID value) {
    return new LedgerEventId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
