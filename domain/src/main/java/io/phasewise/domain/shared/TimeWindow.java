package io.phasewise.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Rule for a market time that comes from outside (a bar, a tick, an observation): not before
 * {@link #earliest()} and not after now plus a lead (one bar for a bar, {@link #DEFAULT}'s
 * {@code slack} for an event, to absorb clock skew). A bar in year 12024 or year 1, or a tick in year
 * +999999999, is refused rather than stored as the asset's latest or earliest data.
 *
 * @param earliest the first instant accepted
 * @param slack how far past now an event (not a bar) may lie
 */
public record TimeWindow(Instant earliest, Duration slack) {
  /** From 1900-01-01T00:00Z to now plus five minutes. */
  public static final TimeWindow DEFAULT = new TimeWindow(Instant.parse("1900-01-01T00:00:00Z"), Duration.ofMinutes(5));

  public TimeWindow {
    Objects.requireNonNull(earliest, "earliest");
    if (slack.isNegative()) throw new IllegalArgumentException("slack must not be negative: " + slack);
  }

  /** What is wrong with an event at {@code time} when it is {@code now}, or empty when it is in the window. */
  public Optional<String> problem(Instant time, Instant now) {
    return problem(time, now, slack);
  }

  /**
   * What is wrong with {@code time} when it is {@code now} and times up to {@code now + lead} are
   * accepted (the open time of a bar still running lies up to one bar before now).
   */
  public Optional<String> problem(Instant time, Instant now, Duration lead) {
    if (time.isBefore(earliest)) return Optional.of("time " + time + " is before " + earliest);
    Instant latest = now.plus(lead);
    if (time.isAfter(latest)) return Optional.of("time " + time + " is in the future (after " + latest + ")");
    return Optional.empty();
  }
}
