package io.phasewise.domain.alert;

import java.time.Duration;
import java.util.Objects;

/**
 * What one attempt to POST a webhook came to: the receiver's HTTP status, or an error when there was
 * no response (refused address, connection failure, timeout), and how long it took.
 *
 * @param statusCode the HTTP status, or {@code null} when no response arrived
 * @param error what went wrong, or {@code null} when a response arrived and was 2xx
 */
public record WebhookResponse(Integer statusCode, String error, Duration elapsed) {
  /** Longest error text kept. */
  public static final int MAX_ERROR = 1000;

  public WebhookResponse {
    Objects.requireNonNull(elapsed, "elapsed");
    if (elapsed.isNegative()) throw new IllegalArgumentException("negative duration: " + elapsed);
    if (statusCode == null && (error == null || error.isBlank())) {
      throw new IllegalArgumentException("an attempt without a status code must say what went wrong");
    }
    if (statusCode != null && (statusCode < 100 || statusCode > 599)) {
      throw new IllegalArgumentException("not an HTTP status code: " + statusCode);
    }
    if (error != null && error.length() > MAX_ERROR) error = error.substring(0, MAX_ERROR);
  }

  /** The receiver answered {@code statusCode}; non-2xx answers get a short error text for the log. */
  public static WebhookResponse status(int statusCode, Duration elapsed) {
    String error = isSuccess(statusCode) ? null : "HTTP " + statusCode;
    return new WebhookResponse(statusCode, error, elapsed);
  }

  /** No response: the request could not be sent or was not answered. */
  public static WebhookResponse failed(String error, Duration elapsed) {
    return new WebhookResponse(null, error, elapsed);
  }

  /** Whether the receiver accepted the event (any 2xx). */
  public boolean isSuccess() {
    return statusCode != null && isSuccess(statusCode);
  }

  private static boolean isSuccess(int statusCode) {
    return statusCode >= 200 && statusCode <= 299;
  }
}
