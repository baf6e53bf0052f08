package io.phasewise.domain.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * Policy: what happens to a delivery after an attempt. Any 2xx delivers it. {@code 410 Gone} means
 * the receiver has removed the endpoint for good: the delivery fails at once and the subscription is
 * deactivated (its owner can re-activate it). Every other answer (3xx, since redirects are not
 * followed; 4xx; 5xx) and every error without an answer is retried after an exponentially growing
 * delay, {@code initialDelay × 2^(attempt−1)} capped at {@code maxDelay}, until {@code maxAttempts}
 * attempts have failed; then the delivery fails.
 */
public record RetryPolicy(Duration initialDelay, Duration maxDelay, int maxAttempts) {
  /** HTTP status with which a receiver says the endpoint is gone for good. */
  public static final int GONE = 410;

  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (initialDelay.isNegative() || initialDelay.isZero()) throw new IllegalArgumentException("initial delay must be positive");
    if (maxDelay.compareTo(initialDelay) < 0) throw new IllegalArgumentException("max delay below the initial delay");
    if (maxAttempts < 1) throw new IllegalArgumentException("max attempts must be at least 1: " + maxAttempts);
  }

  /** 10 s, 20 s, 40 s, … capped at one hour; eight attempts in all (the last one about 21 minutes after the first). */
  public static RetryPolicy standard() {
    return new RetryPolicy(Duration.ofSeconds(10), Duration.ofHours(1), 8);
  }

  /** The delay after failed attempt number {@code attempt} (1-based) before the next one. */
  public Duration delayAfter(int attempt) {
    if (attempt < 1) throw new IllegalArgumentException("attempts count from 1: " + attempt);
    // doubling more than 40 times overflows long before any cap of interest is reached
    int doublings = Math.min(attempt - 1, 40);
    Duration delay = initialDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }

  /** The decision after attempt number {@code attempt} (1-based) got {@code response}. */
  public Decision decide(int attempt, WebhookResponse response) {
    if (attempt < 1) throw new IllegalArgumentException("attempts count from 1: " + attempt);
    if (response.isSuccess()) return new Decision.Delivered();
    if (response.statusCode() != null && response.statusCode() == GONE) {
      return new Decision.GiveUp("the receiver answered 410 Gone: the subscription is deactivated", true);
    }
    if (attempt >= maxAttempts) return new Decision.GiveUp("gave up after " + attempt + " attempts", false);
    return new Decision.RetryAfter(delayAfter(attempt));
  }

  /** What to do with a delivery after an attempt. */
  public sealed interface Decision permits Decision.Delivered, Decision.RetryAfter, Decision.GiveUp {
    /** The receiver accepted the event. */
    record Delivered() implements Decision {}

    /** Try again after {@code delay}. */
    record RetryAfter(Duration delay) implements Decision {
      public RetryAfter {
        Objects.requireNonNull(delay, "delay");
      }
    }

    /** Stop trying: the delivery failed; {@code deactivateSubscription} when the endpoint is gone. */
    record GiveUp(String reason, boolean deactivateSubscription) implements Decision {
      public GiveUp {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }
}
