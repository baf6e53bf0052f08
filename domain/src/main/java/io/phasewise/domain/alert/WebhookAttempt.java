package io.phasewise.domain.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One POST of a delivery, as its log shows it.
 *
 * @param number 1 for the first attempt of the delivery, then 2, 3, …
 * @param attemptedAt when the request was started
 * @param response the receiver's status code or the error, and how long it took
 */
public record WebhookAttempt(int number, Instant attemptedAt, WebhookResponse response) {
  public WebhookAttempt {
    if (number < 1) throw new IllegalArgumentException("attempts count from 1: " + number);
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    Objects.requireNonNull(response, "response");
  }

  public Integer statusCode() {
    return response.statusCode();
  }

  public String error() {
    return response.error();
  }

  public Duration duration() {
    return response.elapsed();
  }
}
