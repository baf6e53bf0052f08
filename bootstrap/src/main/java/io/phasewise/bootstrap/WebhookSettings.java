package io.phasewise.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the server sends webhooks.
 *
 * @param poll pause between two runs of the dispatcher (fan-out, then due deliveries)
 * @param allowLoopback whether webhook URLs may resolve to loopback addresses (127/8, ::1)
 * @param allowPrivate whether they may resolve to private-network addresses (10/8, 172.16/12,
 *     192.168/16, fc00::/7, 100.64/10)
 * @param lease how long a claimed delivery is not due again; after a crash between a POST and its
 *     record, the POST is repeated (same {@code Idempotency-Key}) once this has passed
 */
public record WebhookSettings(Duration poll, boolean allowLoopback, boolean allowPrivate, Duration lease) {
  private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

  public WebhookSettings {
    Objects.requireNonNull(poll, "poll");
    Objects.requireNonNull(lease, "lease");
    if (poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("PHASEWISE_WEBHOOK_POLL must be positive");
    if (lease.compareTo(Duration.ofSeconds(25)) < 0) {
      throw new IllegalArgumentException("PHASEWISE_WEBHOOK_LEASE must be at least 25s (longer than a POST may take)");
    }
  }

  /** Every two seconds, public addresses only, a one-minute lease. */
  public static WebhookSettings defaults() {
    return new WebhookSettings(Duration.ofSeconds(2), false, false, Duration.ofMinutes(1));
  }

  /**
   * Reads {@code PHASEWISE_WEBHOOK_POLL} (default {@code 2s}), {@code PHASEWISE_WEBHOOKS_ALLOW_LOOPBACK}
   * and {@code PHASEWISE_WEBHOOKS_ALLOW_PRIVATE} (default {@code false}) and {@code PHASEWISE_WEBHOOK_LEASE}
   * (default {@code 60s}). Durations are a number with {@code ms}, {@code s}, {@code m} or {@code h},
   * or ISO-8601 such as {@code PT2S}.
   */
  public static WebhookSettings fromEnvironment(Map<String, String> env) {
    return new WebhookSettings(
        duration("PHASEWISE_WEBHOOK_POLL", env.getOrDefault("PHASEWISE_WEBHOOK_POLL", "2s")),
        PhasewiseSettings.flag(env, "PHASEWISE_WEBHOOKS_ALLOW_LOOPBACK", false),
        PhasewiseSettings.flag(env, "PHASEWISE_WEBHOOKS_ALLOW_PRIVATE", false),
        duration("PHASEWISE_WEBHOOK_LEASE", env.getOrDefault("PHASEWISE_WEBHOOK_LEASE", "60s")));
  }

  static Duration duration(String name, String value) {
    String text = value.strip().toLowerCase(Locale.ROOT);
    Matcher simple = SIMPLE.matcher(text);
    try {
      if (simple.matches()) {
        long amount = Long.parseLong(simple.group(1));
        return switch (simple.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          default -> Duration.ofHours(amount);
        };
      }
      return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
    } catch (ArithmeticException | NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a duration such as 2s, 500ms, 1m or PT2S, not '" + value + "'", e);
    }
  }
}
