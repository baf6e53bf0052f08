package io.phasewise.application.shared;

/** Source of elapsed time for durations: injected, so a test can measure with a ticker it controls. */
@FunctionalInterface
public interface Ticker {
  /** A monotonic reading in nanoseconds; only the difference between two readings means anything. */
  long nanos();
}
