package io.phasewise.application.market.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One asset's raw daily closes and split factors in day order, in columns: the day of each bar (epoch
 * day, UTC), its close in that day's units and its split factor (1 on a day without a split). Where several
 * sources hold a day, the first source by name gave it. Immutable; the columns are never handed out.
 */
public final class DailyCloses {
  public static final DailyCloses NONE = new DailyCloses(new int[0], new BigDecimal[0], new BigDecimal[0]);

  private final int[] days;
  private final BigDecimal[] closes;
  private final BigDecimal[] splitFactors;
  private final double[] approximate;

  private DailyCloses(int[] days, BigDecimal[] closes, BigDecimal[] splitFactors) {
    this.days = days;
    this.closes = closes;
    this.splitFactors = splitFactors;
    this.approximate = new double[closes.length];
    for (int i = 0; i < closes.length; i++) approximate[i] = closes[i].doubleValue();
  }

  public int size() {
    return days.length;
  }

  /** The day of bar {@code i}, as days since 1970-01-01. */
  public int epochDay(int i) {
    return days[i];
  }

  public LocalDate day(int i) {
    return LocalDate.ofEpochDay(days[i]);
  }

  public BigDecimal close(int i) {
    return closes[i];
  }

  /** The close of bar {@code i} as the nearest double, for numeric kernels. */
  public double closeAsDouble(int i) {
    return approximate[i];
  }

  /** Whether a split is effective on bar {@code i}. */
  public boolean isSplit(int i) {
    return splitFactors[i] != BigDecimal.ONE;
  }

  /** Shares after the split over shares before; exactly {@link BigDecimal#ONE} on a day without one. */
  public BigDecimal splitFactor(int i) {
    return splitFactors[i];
  }

  /** The index of the last bar on or before {@code epochDay}, or -1 when every bar is later. */
  public int floor(int epochDay) {
    int at = Arrays.binarySearch(days, epochDay);
    return at >= 0 ? at : -at - 2;
  }

  @Override
  public String toString() {
    return "DailyCloses[" + size() + " days" + (size() == 0 ? "" : " " + day(0) + ".." + day(size() - 1)) + "]";
  }

  /** Collects bars in strictly increasing day order. */
  public static final class Builder {
    private int[] days = new int[64];
    private BigDecimal[] closes = new BigDecimal[64];
    private BigDecimal[] splitFactors = new BigDecimal[64];
    private int size;

    /** Appends a bar; its day must be after the previous one's; a factor equal to 1 is no split. */
    public Builder add(int epochDay, BigDecimal close, BigDecimal splitFactor) {
      if (size > 0 && epochDay <= days[size - 1]) {
        throw new IllegalArgumentException("days must increase: " + LocalDate.ofEpochDay(epochDay) + " after "
            + LocalDate.ofEpochDay(days[size - 1]));
      }
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        closes = Arrays.copyOf(closes, size * 2);
        splitFactors = Arrays.copyOf(splitFactors, size * 2);
      }
      days[size] = epochDay;
      closes[size] = close;
      splitFactors[size] = splitFactor.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ONE : splitFactor;
      size++;
      return this;
    }

    public DailyCloses build() {
      return size == 0 ? NONE
          : new DailyCloses(Arrays.copyOf(days, size), Arrays.copyOf(closes, size), Arrays.copyOf(splitFactors, size));
    }
  }
}
