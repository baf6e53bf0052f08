package io.phasewise.domain.portfolio.performance;

import java.util.Arrays;

/** Package helper: a growable list of (day index, value) in non-decreasing day order, one value per day. */
final class DayValues {
  private int[] days;
  private double[] values;
  private int size;

  DayValues() {
    this(4);
  }

  /** Room for {@code capacity} values before growing (at least 1). */
  DayValues(int capacity) {
    days = new int[Math.max(1, capacity)];
    values = new double[days.length];
  }

  /** {@code value} becomes the value from {@code day} on (replacing one set on the same day). */
  void set(int day, double value) {
    if (size > 0 && days[size - 1] == day) {
      values[size - 1] = value;
      return;
    }
    if (size == days.length) {
      days = Arrays.copyOf(days, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    days[size] = day;
    values[size++] = value;
  }

  /** {@code amount} added to the value of {@code day} (an amount that happened on that day). */
  void add(int day, double amount) {
    set(day, size > 0 && days[size - 1] == day ? values[size - 1] + amount : amount);
  }

  int size() {
    return size;
  }

  int day(int i) {
    return days[i];
  }

  double value(int i) {
    return values[i];
  }

  /** The day after the {@code i}-th value stops holding: the next entry's day, or {@code end}. */
  int until(int i, int end) {
    return i + 1 < size ? days[i + 1] : end;
  }

  /** The first day before {@code limit} on which a non-zero value holds, or -1. */
  int firstNonZeroBefore(int limit) {
    for (int i = 0; i < size && days[i] < limit; i++) {
      if (values[i] != 0) return days[i];
    }
    return -1;
  }
}
