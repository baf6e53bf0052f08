package io.phasewise.bootstrap;

import io.phasewise.adapters.rest.limit.BodyLimits;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one request may cost the server: the sizes and deadline of bodies, how long a read may wait
 * for the next byte, and the threads that read bodies (apart from the ones that answer reads).
 *
 * @param bodies body sizes (413 beyond them) and the time a body may take to arrive (408)
 * @param readTimeout how long a read of a request body waits for the next bytes before the connection is cut off
 * @param uploadThreads threads that run requests with a body; requests without one never wait for them
 */
public record ServerLimits(BodyLimits bodies, Duration readTimeout, int uploadThreads) {
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

  public ServerLimits {
    Objects.requireNonNull(bodies, "bodies");
    Objects.requireNonNull(readTimeout, "readTimeout");
    if (readTimeout.isNegative() || readTimeout.isZero()) throw new IllegalArgumentException("PHASEWISE_READ_TIMEOUT must be positive");
    if (uploadThreads < 1) throw new IllegalArgumentException("PHASEWISE_UPLOAD_THREADS must be at least 1");
  }

  /**
   * Reads {@code PHASEWISE_MAX_UPLOAD} (default {@code 64MB}), {@code PHASEWISE_MAX_BODY} ({@code 1MB}),
   * sizes in bytes or with {@code KB}, {@code MB}, {@code GB} (binary multiples); {@code PHASEWISE_BODY_TIMEOUT}
   * ({@code 10m}) and {@code PHASEWISE_READ_TIMEOUT} ({@code 30s}), durations written like
   * {@code PHASEWISE_WEBHOOK_POLL}; and {@code PHASEWISE_UPLOAD_THREADS} ({@code 16}).
   */
  public static ServerLimits fromEnvironment(Map<String, String> env) {
    BodyLimits defaults = BodyLimits.defaults();
    return new ServerLimits(
        new BodyLimits(size(env, "PHASEWISE_MAX_UPLOAD", defaults.uploadBytes()), size(env, "PHASEWISE_MAX_BODY", defaults.jsonBytes()),
            WebhookSettings.duration("PHASEWISE_BODY_TIMEOUT", env.getOrDefault("PHASEWISE_BODY_TIMEOUT", "10m"))),
        WebhookSettings.duration("PHASEWISE_READ_TIMEOUT", env.getOrDefault("PHASEWISE_READ_TIMEOUT", "30s")),
        threads(env.getOrDefault("PHASEWISE_UPLOAD_THREADS", "16")));
  }

  /** 64 MiB uploads, 1 MiB other bodies, 10 minutes per body, 30 s per read, 16 upload threads. */
  public static ServerLimits defaults() {
    return new ServerLimits(BodyLimits.defaults(), Duration.ofSeconds(30), 16);
  }

  private static long size(Map<String, String> env, String name, long absent) {
    String value = env.get(name);
    if (value == null) return absent;
    Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
    try {
      if (m.matches()) {
        int shift = switch (m.group(2) == null ? "b" : m.group(2)) {
          case "kb" -> 10;
          case "mb" -> 20;
          case "gb" -> 30;
          default -> 0;
        };
        long amount = Long.parseLong(m.group(1));
        if (amount > 0 && amount <= Long.MAX_VALUE >> shift) return amount << shift;
      }
    } catch (NumberFormatException tooLong) {
      // refused below like any other unreadable size
    }
    throw new IllegalArgumentException(name + " must be a positive size such as 64MB, 512KB or 1048576, not '" + value + "'");
  }

  private static int threads(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("PHASEWISE_UPLOAD_THREADS must be a number, not '" + value + "'", e);
    }
  }
}
