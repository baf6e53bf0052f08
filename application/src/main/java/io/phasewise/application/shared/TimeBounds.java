package io.phasewise.application.shared;

import java.time.Instant;

/** The earliest and latest instants any stored time may have: the open ends of an unbounded range. */
public final class TimeBounds {
  public static final Instant BEGINNING = Instant.parse("1000-01-01T00:00:00Z");
  public static final Instant END = Instant.parse("9999-12-31T00:00:00Z");

  private TimeBounds() {}
}
