package io.phasewise.adapters.rest.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * How large a request body may be and how long it may take to arrive: uploads (CSV, multipart,
 * JSON lines) get {@code uploadBytes}, every other body (JSON) the much smaller {@code jsonBytes}.
 */
public record BodyLimits(long uploadBytes, long jsonBytes, Duration deadline) {
  public BodyLimits {
    Objects.requireNonNull(deadline, "deadline");
    if (uploadBytes <= 0 || jsonBytes <= 0) throw new IllegalArgumentException("body limits must be positive");
    if (deadline.isNegative() || deadline.isZero()) throw new IllegalArgumentException("body deadline must be positive");
  }

  /** 64 MiB uploads, 1 MiB other bodies, 10 minutes to send one. */
  public static BodyLimits defaults() {
    return new BodyLimits(64L << 20, 1L << 20, Duration.ofMinutes(10));
  }
}
