package io.phasewise.domain.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class IntervalTest {

  /** A Wednesday, off every boundary except the millisecond. */
  private static final Instant WEDNESDAY = Instant.parse("2024-03-06T17:43:27.891Z");

  static Stream<Arguments> floors() {
    return Stream.of(
        Arguments.of(Interval.M1, "2024-03-06T17:43:00Z"),
        Arguments.of(Interval.M5, "2024-03-06T17:40:00Z"),
        Arguments.of(Interval.M15, "2024-03-06T17:30:00Z"),
        Arguments.of(Interval.M30, "2024-03-06T17:30:00Z"),
        Arguments.of(Interval.H1, "2024-03-06T17:00:00Z"),
        Arguments.of(Interval.H4, "2024-03-06T16:00:00Z"),
        Arguments.of(Interval.D1, "2024-03-06T00:00:00Z"),
        Arguments.of(Interval.W1, "2024-03-04T00:00:00Z"));
  }

  @ParameterizedTest
  @MethodSource("floors")
  void floor_aligns_to_the_utc_boundary(Interval interval, String expected) {
    assertThat(interval.floor(WEDNESDAY)).isEqualTo(Instant.parse(expected));
    assertThat(interval.floorMillis(WEDNESDAY.toEpochMilli())).isEqualTo(Instant.parse(expected).toEpochMilli());
  }

  @Test
  void a_week_starts_on_monday_so_sunday_belongs_to_the_week_before() {
    Instant sundayNight = Instant.parse("2024-03-10T23:59:59.999Z");
    Instant mondayMidnight = Instant.parse("2024-03-11T00:00:00Z");

    assertThat(Interval.W1.floor(sundayNight)).isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
    assertThat(Interval.W1.floor(mondayMidnight)).isEqualTo(mondayMidnight);
    assertThat(Interval.W1.floor(sundayNight).atZone(ZoneOffset.UTC).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
  }

  @Test
  void floor_works_before_the_epoch() {
    assertThat(Interval.W1.floor(Instant.parse("1969-12-31T12:00:00Z"))).isEqualTo(Instant.parse("1969-12-29T00:00:00Z"));
    assertThat(Interval.D1.floor(Instant.parse("1969-12-31T12:00:00Z"))).isEqualTo(Instant.parse("1969-12-31T00:00:00Z"));
  }

  @ParameterizedTest
  @EnumSource(Interval.class)
  void floor_is_idempotent_and_a_boundary(Interval interval) {
    Instant floor = interval.floor(WEDNESDAY);

    assertThat(interval.floor(floor)).isEqualTo(floor);
    assertThat(interval.isBoundary(floor)).isTrue();
    assertThat(interval.isBoundary(floor.plusMillis(1))).isFalse();
    assertThat(Interval.fromCode(interval.code())).contains(interval);
  }

  @Test
  void coarser_multiples() {
    assertThat(Interval.W1.isCoarserMultipleOf(Interval.D1)).isTrue();
    assertThat(Interval.D1.isCoarserMultipleOf(Interval.H4)).isTrue();
    assertThat(Interval.H1.isCoarserMultipleOf(Interval.M15)).isTrue();
    assertThat(Interval.D1.isCoarserMultipleOf(Interval.D1)).isFalse();
    assertThat(Interval.D1.isCoarserMultipleOf(Interval.W1)).isFalse();
  }

  @Test
  void unknown_codes_are_empty() {
    assertThat(Interval.fromCode("2d")).isEmpty();
    assertThat(Interval.fromCode(null)).isEmpty();
    assertThat(Interval.fromCode(" 1h ")).contains(Interval.H1);
  }
}
