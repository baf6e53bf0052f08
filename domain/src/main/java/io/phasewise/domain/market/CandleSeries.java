package io.phasewise.domain.market;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A run of bars of one interval in columnar form: one primitive array per field, indexed by bar,
 * open times strictly increasing. This is what every analytic kernel reads; it costs 48 bytes per
 * bar (one {@code long} and five {@code double}s).
 *
 * <p>The column accessors ({@link #closes()} and friends) return the backing arrays without copying,
 * so kernels run at full speed: treat them as read-only. Every bar satisfies
 * {@code low ≤ open, close ≤ high} and {@code volume ≥ 0}, with no NaN or infinite value.
 */
public final class CandleSeries {

  private final Interval interval;
  private final long[] times;
  private final double[] open;
  private final double[] high;
  private final double[] low;
  private final double[] close;
  private final double[] volume;

  private CandleSeries(Interval interval, long[] times, double[] open, double[] high, double[] low,
      double[] close, double[] volume) {
    this.interval = interval;
    this.times = times;
    this.open = open;
    this.high = high;
    this.low = low;
    this.close = close;
    this.volume = volume;
  }

  /**
   * A series from columns of equal length, validated bar by bar. The arrays are copied, so the
   * caller may reuse them.
   */
  public static CandleSeries of(Interval interval, long[] openTimesMillis, double[] open, double[] high,
      double[] low, double[] close, double[] volume) {
    Objects.requireNonNull(interval, "interval");
    int n = openTimesMillis.length;
    if (open.length != n || high.length != n || low.length != n || close.length != n || volume.length != n) {
      throw new IllegalArgumentException("columns differ in length");
    }
    return validated(interval, openTimesMillis.clone(), open.clone(), high.clone(), low.clone(), close.clone(),
        volume.clone(), n);
  }

  /** The series with no bars. */
  public static CandleSeries empty(Interval interval) {
    return new Builder(interval, 0).build();
  }

  /** A builder that grows its columns as bars are appended. */
  public static Builder builder(Interval interval) {
    return new Builder(interval, 64);
  }

  /** A builder sized for {@code expectedBars} bars (it still grows if more arrive). */
  public static Builder builder(Interval interval, int expectedBars) {
    return new Builder(interval, expectedBars);
  }

  private static CandleSeries validated(Interval interval, long[] t, double[] o, double[] h, double[] l,
      double[] c, double[] v, int n) {
    for (int i = 0; i < n; i++) {
      checkBar(i, t[i], o[i], h[i], l[i], c[i], v[i]);
      if (i > 0 && t[i] <= t[i - 1]) {
        throw new IllegalArgumentException("bar " + i + " at " + Instant.ofEpochMilli(t[i])
            + " does not follow bar " + (i - 1) + " at " + Instant.ofEpochMilli(t[i - 1]));
      }
    }
    return new CandleSeries(interval, t, o, h, l, c, v);
  }

  private static void checkBar(int i, long t, double o, double h, double l, double c, double v) {
    requireFinite(i, t, "open", o);
    requireFinite(i, t, "high", h);
    requireFinite(i, t, "low", l);
    requireFinite(i, t, "close", c);
    requireFinite(i, t, "volume", v);
    if (!(l <= o && o <= h && l <= c && c <= h)) {
      throw new IllegalArgumentException("bar " + i + " at " + Instant.ofEpochMilli(t)
          + " breaks low <= open, close <= high: o=" + o + " h=" + h + " l=" + l + " c=" + c);
    }
    if (v < 0) throw new IllegalArgumentException("bar " + i + " at " + Instant.ofEpochMilli(t) + " has negative volume " + v);
  }

  private static void requireFinite(int i, long t, String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("bar " + i + " at " + Instant.ofEpochMilli(t) + " has non-finite " + field + " " + value);
    }
  }

  public Interval interval() {
    return interval;
  }

  public int size() {
    return times.length;
  }

  public boolean isEmpty() {
    return times.length == 0;
  }

  /** Open time of bar {@code i}. */
  public Instant time(int i) {
    return Instant.ofEpochMilli(times[i]);
  }

  /** Time at which bar {@code i} is complete: its open time plus the interval length. */
  public Instant endTime(int i) {
    return Instant.ofEpochMilli(times[i] + interval.millis());
  }

  public double open(int i) {
    return open[i];
  }

  public double high(int i) {
    return high[i];
  }

  public double low(int i) {
    return low[i];
  }

  public double close(int i) {
    return close[i];
  }

  public double volume(int i) {
    return volume[i];
  }

  /** Open times in epoch milliseconds (backing array: read-only). */
  public long[] openTimes() {
    return times;
  }

  /** Opens (backing array: read-only). */
  public double[] opens() {
    return open;
  }

  /** Highs (backing array: read-only). */
  public double[] highs() {
    return high;
  }

  /** Lows (backing array: read-only). */
  public double[] lows() {
    return low;
  }

  /** Closes (backing array: read-only). */
  public double[] closes() {
    return close;
  }

  /** Volumes (backing array: read-only). */
  public double[] volumes() {
    return volume;
  }

  /** Bars {@code from} (inclusive) to {@code to} (exclusive), copied. */
  public CandleSeries slice(int from, int to) {
    if (from < 0 || to > size() || from > to) {
      throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + size() + " bars");
    }
    return new CandleSeries(interval, Arrays.copyOfRange(times, from, to), Arrays.copyOfRange(open, from, to),
        Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to), Arrays.copyOfRange(close, from, to),
        Arrays.copyOfRange(volume, from, to));
  }

  /** Bars whose open time lies in {@code [from, to)}. */
  public CandleSeries between(Instant from, Instant to) {
    return slice(firstIndexAtOrAfter(from.toEpochMilli()), firstIndexAtOrAfter(to.toEpochMilli()));
  }

  /**
   * The bars known as of {@code t}: those complete by then (end time ≤ t). This is the only view an
   * analysis "as of t" may read (no look-ahead).
   */
  public CandleSeries asOf(Instant t) {
    return slice(0, firstIndexAtOrAfter(t.toEpochMilli() - interval.millis() + 1));
  }

  /** Index of the first bar with open time ≥ {@code millis} ({@link #size()} if none). */
  public int firstIndexAtOrAfter(long millis) {
    int i = Arrays.binarySearch(times, millis);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CandleSeries s && interval == s.interval && Arrays.equals(times, s.times)
        && Arrays.equals(open, s.open) && Arrays.equals(high, s.high) && Arrays.equals(low, s.low)
        && Arrays.equals(close, s.close) && Arrays.equals(volume, s.volume);
  }

  @Override
  public int hashCode() {
    return Objects.hash(interval, Arrays.hashCode(times), Arrays.hashCode(close));
  }

  @Override
  public String toString() {
    return "CandleSeries[" + interval.code() + ", " + size() + " bars"
        + (isEmpty() ? "" : ", " + time(0) + " .. " + time(size() - 1)) + "]";
  }

  /** Appends bars in time order and produces a validated {@link CandleSeries}. Not thread-safe. */
  public static final class Builder {
    private final Interval interval;
    private long[] t;
    private double[] o;
    private double[] h;
    private double[] l;
    private double[] c;
    private double[] v;
    private int n;

    private Builder(Interval interval, int capacity) {
      this.interval = Objects.requireNonNull(interval, "interval");
      int cap = Math.max(capacity, 0);
      t = new long[cap];
      o = new double[cap];
      h = new double[cap];
      l = new double[cap];
      c = new double[cap];
      v = new double[cap];
    }

    /** Appends one bar; its open time must be later than the previous bar's. */
    public Builder add(long openTimeMillis, double open, double high, double low, double close, double volume) {
      checkBar(n, openTimeMillis, open, high, low, close, volume);
      if (n > 0 && openTimeMillis <= t[n - 1]) {
        throw new IllegalArgumentException("bar at " + Instant.ofEpochMilli(openTimeMillis)
            + " does not follow the previous bar at " + Instant.ofEpochMilli(t[n - 1]));
      }
      if (n == t.length) grow();
      t[n] = openTimeMillis;
      o[n] = open;
      h[n] = high;
      l[n] = low;
      c[n] = close;
      v[n] = volume;
      n++;
      return this;
    }

    /** Appends one stored candle, converting its exact prices to doubles. */
    public Builder add(Candle candle) {
      return add(candle.time().toEpochMilli(), candle.open().doubleValue(), candle.high().doubleValue(),
          candle.low().doubleValue(), candle.close().doubleValue(), candle.volume().doubleValue());
    }

    public int size() {
      return n;
    }

    private void grow() {
      int cap = Math.max(16, t.length + (t.length >> 1));
      t = Arrays.copyOf(t, cap);
      o = Arrays.copyOf(o, cap);
      h = Arrays.copyOf(h, cap);
      l = Arrays.copyOf(l, cap);
      c = Arrays.copyOf(c, cap);
      v = Arrays.copyOf(v, cap);
    }

    /** The series of the bars added so far (columns trimmed to size). */
    public CandleSeries build() {
      if (n == t.length) return new CandleSeries(interval, t, o, h, l, c, v);
      return new CandleSeries(interval, Arrays.copyOf(t, n), Arrays.copyOf(o, n), Arrays.copyOf(h, n),
          Arrays.copyOf(l, n), Arrays.copyOf(c, n), Arrays.copyOf(v, n));
    }
  }
}
