package io.phasewise.domain.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Builds candles from trades and coarser candles from finer ones.
 *
 * <p>A coarse bar opens at {@code coarser.floorMillis(openTime)} of its first fine bar and takes the
 * first open, the highest high, the lowest low, the last close and the summed volume of the fine
 * bars that open inside it. Fine bars are bucketed by their open time only. A bucket is emitted for
 * every coarse period that holds at least one fine bar, so the last bucket (and any bucket with
 * missing fine bars) may be partial: its open time is still the period's boundary, and it says
 * nothing about how many fine bars it holds. Callers who need only complete periods drop the last
 * bucket, or read the result {@link CandleSeries#asOf as of} a time.
 */
public final class CandleAggregator {

  private CandleAggregator() {}

  /**
   * One-minute candles from ticks: quote-only ticks are ignored, trades are grouped by (UTC minute,
   * source). Open is the first trade by time, close the last, high and low the extreme prices,
   * volume the exact sum of sizes. Trades at the same instant keep their input order. The result is
   * sorted by time, then source; each candle carries its ticks' source.
   */
  public static List<Candle> minuteCandles(Collection<Tick> ticks) {
    List<Candle> trades = new ArrayList<>(ticks.size());
    for (Tick tick : ticks) {
      if (tick.isTrade()) {
        trades.add(Candle.of(tick.time(), tick.price(), tick.price(), tick.price(), tick.price(), tick.size(),
            tick.source()));
      }
    }
    return merge(trades, Interval.M1, true);
  }

  /**
   * Stored candles resampled to {@code coarser}, per source, with the semantics of the class comment.
   * Dividend cash is summed and split factors are multiplied, so the corporate actions survive;
   * provider-adjusted prices are dropped ({@code null}) because they cannot be recombined exactly.
   * The input may come in any order; the result is sorted by time, then source.
   *
   * @throws IllegalArgumentException if {@code coarser} is not a whole multiple of
   *     {@code finerInterval}, or two candles share a source and an open time
   */
  public static List<Candle> resample(List<Candle> finer, Interval finerInterval, Interval coarser) {
    requireCoarserMultiple(finerInterval, coarser);
    return merge(finer, coarser, false);
  }

  /**
   * A series resampled to {@code coarser} in one pass without boxing, with the semantics of the class
   * comment. Volumes are summed in doubles: exact for whole volumes below 2<sup>53</sup>, otherwise
   * resampling in steps may differ from resampling at once in the last bits.
   *
   * @throws IllegalArgumentException if {@code coarser} is not a whole multiple of the series' interval
   */
  public static CandleSeries resample(CandleSeries finer, Interval coarser) {
    requireCoarserMultiple(finer.interval(), coarser);
    int n = finer.size();
    if (n == 0) return CandleSeries.empty(coarser);
    long[] t = finer.openTimes();
    double[] o = finer.opens();
    double[] h = finer.highs();
    double[] l = finer.lows();
    double[] c = finer.closes();
    double[] v = finer.volumes();
    long span = coarser.floorMillis(t[n - 1]) - coarser.floorMillis(t[0]);
    CandleSeries.Builder out = CandleSeries.builder(coarser, (int) Math.min(n, span / coarser.millis() + 1));
    int i = 0;
    while (i < n) {
      long bucket = coarser.floorMillis(t[i]);
      long end = bucket + coarser.millis();
      double open = o[i];
      double high = h[i];
      double low = l[i];
      double close = c[i];
      double volume = v[i];
      for (i++; i < n && t[i] < end; i++) {
        if (h[i] > high) high = h[i];
        if (l[i] < low) low = l[i];
        close = c[i];
        volume += v[i];
      }
      out.add(bucket, open, high, low, close, volume);
    }
    return out.build();
  }

  private static void requireCoarserMultiple(Interval finer, Interval coarser) {
    Objects.requireNonNull(finer, "finer interval");
    Objects.requireNonNull(coarser, "coarser interval");
    if (!coarser.isCoarserMultipleOf(finer)) {
      throw new IllegalArgumentException("interval " + coarser.code() + " is not a coarser whole multiple of "
          + finer.code() + ": cannot resample " + finer.code() + " bars to " + coarser.code());
    }
  }

  /**
   * Merges bars per (bucket of {@code target}, source). A stable sort by bucket, source and time puts
   * each group in one run, in time order, with ties in input order.
   */
  private static List<Candle> merge(List<Candle> bars, Interval target, boolean tiesAllowed) {
    List<Candle> sorted = new ArrayList<>(bars);
    sorted.sort(Comparator.<Candle>comparingLong(b -> target.floorMillis(b.time().toEpochMilli()))
        .thenComparing(Candle::source)
        .thenComparing(Candle::time));
    List<Candle> merged = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      Candle first = sorted.get(i);
      long bucket = target.floorMillis(first.time().toEpochMilli());
      Accumulator acc = new Accumulator(first);
      for (i++; i < sorted.size() && sameGroup(sorted.get(i), bucket, first.source(), target); i++) {
        Candle next = sorted.get(i);
        if (!tiesAllowed && next.time().equals(acc.last.time())) {
          throw new IllegalArgumentException("two candles from source " + next.source() + " open at " + next.time());
        }
        acc.add(next);
      }
      merged.add(acc.toCandle(bucket));
    }
    return merged;
  }

  private static boolean sameGroup(Candle bar, long bucket, String source, Interval target) {
    return target.floorMillis(bar.time().toEpochMilli()) == bucket && bar.source().equals(source);
  }

  /** Running OHLCV and corporate actions of one (bucket, source) group. */
  private static final class Accumulator {
    private final Candle first;
    private Candle last;
    private BigDecimal high;
    private BigDecimal low;
    private BigDecimal volume;
    private BigDecimal dividendCash;
    private BigDecimal splitFactor;

    Accumulator(Candle first) {
      this.first = first;
      this.last = first;
      this.high = first.high();
      this.low = first.low();
      this.volume = first.volume();
      this.dividendCash = first.dividendCash();
      this.splitFactor = first.splitFactor();
    }

    void add(Candle bar) {
      last = bar;
      high = high.max(bar.high());
      low = low.min(bar.low());
      volume = volume.add(bar.volume());
      dividendCash = dividendCash.add(bar.dividendCash());
      splitFactor = splitFactor.multiply(bar.splitFactor());
    }

    Candle toCandle(long bucket) {
      return new Candle(Instant.ofEpochMilli(bucket), first.open(), high, low, last.close(), volume, null,
          dividendCash, splitFactor, first.source());
    }
  }
}
