package io.phasewise.domain.market;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Bar length of a candle series. Bars start on UTC boundaries: minutes and hours on the epoch grid,
 * days at 00:00 UTC, weeks on Monday 00:00 UTC (ISO weeks).
 */
public enum Interval {
  M1("1m", Duration.ofMinutes(1)),
  M5("5m", Duration.ofMinutes(5)),
  M15("15m", Duration.ofMinutes(15)),
  M30("30m", Duration.ofMinutes(30)),
  H1("1h", Duration.ofHours(1)),
  H4("4h", Duration.ofHours(4)),
  D1("1d", Duration.ofDays(1)),
  W1("1w", Duration.ofDays(7));

  /** 1970-01-01 was a Thursday; ISO weeks start 4 days later, on Monday 1970-01-05. */
  private static final long MONDAY_OFFSET_MILLIS = Duration.ofDays(4).toMillis();

  private final String code;
  private final Duration length;
  private final long millis;

  Interval(String code, Duration length) {
    this.code = code;
    this.length = length;
    this.millis = length.toMillis();
  }

  /** The short code used in storage and APIs: {@code 1m 5m 15m 30m 1h 4h 1d 1w}. */
  public String code() {
    return code;
  }

  public Duration length() {
    return length;
  }

  public long millis() {
    return millis;
  }

  /** Open time (epoch millis) of the bar of this interval that contains {@code epochMillis}. */
  public long floorMillis(long epochMillis) {
    long offset = this == W1 ? MONDAY_OFFSET_MILLIS : 0;
    return Math.floorDiv(epochMillis - offset, millis) * millis + offset;
  }

  /** Open time of the bar of this interval that contains {@code instant}. */
  public Instant floor(Instant instant) {
    return Instant.ofEpochMilli(floorMillis(instant.toEpochMilli()));
  }

  /** Whether {@code instant} is the open time of a bar of this interval. */
  public boolean isBoundary(Instant instant) {
    long ms = instant.toEpochMilli();
    return floorMillis(ms) == ms && instant.getNano() % 1_000_000 == 0;
  }

  /** Whether bars of this interval can be built exactly from whole bars of {@code finer}. */
  public boolean isCoarserMultipleOf(Interval finer) {
    return millis > finer.millis && millis % finer.millis == 0;
  }

  /** The interval with this code, if any. */
  public static Optional<Interval> fromCode(String code) {
    return code == null ? Optional.empty()
        : Arrays.stream(values()).filter(i -> i.code.equals(code.trim())).findFirst();
  }
}
