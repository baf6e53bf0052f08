package io.phasewise.domain.snapshot;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every snapshot of one asset and interval over a run of bars, in columns (one {@code double[]} per
 * field, NaN while warming up); {@link #market}, {@link #indicators} and {@link #features} build the
 * per-bar records. Produced by {@link SnapshotEngine}; the arrays are shared, not copied, so callers
 * must not modify them.
 */
public final class SnapshotFrame {

  /** The fixed numeric columns, named as they are stored. */
  public enum Column {
    PRICE, CHANGE_PCT, VOLUME, VWAP, VOLATILITY_1D,
    RSI_14, MACD, MACD_SIGNAL, ATR_14, SMA_20, SMA_50,
    RET_1D, RET_5D, RET_20D, MOMENTUM_5D, VOL_20D, VOLUME_ZSCORE
  }

  private final AssetId asset;
  private final Interval interval;
  private final long[] openTimes;
  private final double[][] columns;
  private final List<String> extraNames;
  private final double[][] extraColumns;

  SnapshotFrame(AssetId asset, Interval interval, long[] openTimes, double[][] columns, List<String> extraNames,
      double[][] extraColumns) {
    this.asset = asset;
    this.interval = interval;
    this.openTimes = openTimes;
    this.columns = columns;
    this.extraNames = List.copyOf(extraNames);
    this.extraColumns = extraColumns;
  }

  public AssetId asset() {
    return asset;
  }

  public Interval interval() {
    return interval;
  }

  /** Number of bars. */
  public int size() {
    return openTimes.length;
  }

  /** Open time of bar {@code i} in epoch milliseconds. */
  public long openTimeMillis(int i) {
    return openTimes[i];
  }

  public Instant barTime(int i) {
    return Instant.ofEpochMilli(openTimes[i]);
  }

  /** End time of bar {@code i}, its open time plus the interval: the moment its values are known. */
  public Instant endTime(int i) {
    return Instant.ofEpochMilli(openTimes[i] + interval.millis());
  }

  /** The first bar at or after {@code millis}, or {@link #size()} if none (open times strictly increase). */
  public int firstIndexAtOrAfter(long millis) {
    int i = Arrays.binarySearch(openTimes, millis);
    return i >= 0 ? i : -i - 1;
  }

  /** The value of a fixed column at bar {@code i}. */
  public double value(Column column, int i) {
    return columns[column.ordinal()][i];
  }

  /** Names of the extra features, in the order of {@link #extra}. */
  public List<String> extraNames() {
    return extraNames;
  }

  /** Extra feature number {@code k} (see {@link #extraNames}) at bar {@code i}. */
  public double extra(int k, int i) {
    return extraColumns[k][i];
  }

  public MarketSnapshot market(int i) {
    return new MarketSnapshot(asset, interval, barTime(i), value(Column.PRICE, i), value(Column.CHANGE_PCT, i),
        value(Column.VOLUME, i), value(Column.VWAP, i), value(Column.VOLATILITY_1D, i));
  }

  public IndicatorSnapshot indicators(int i) {
    return new IndicatorSnapshot(asset, interval, barTime(i), value(Column.RSI_14, i), value(Column.MACD, i),
        value(Column.MACD_SIGNAL, i), value(Column.ATR_14, i), value(Column.SMA_20, i), value(Column.SMA_50, i));
  }

  public FeatureVector features(int i) {
    return new FeatureVector(asset, interval, barTime(i), value(Column.RET_1D, i), value(Column.RET_5D, i),
        value(Column.RET_20D, i), value(Column.RSI_14, i), value(Column.MOMENTUM_5D, i), value(Column.VOL_20D, i),
        value(Column.ATR_14, i), value(Column.VOLUME_ZSCORE, i), extras(i));
  }

  /** The extra features at bar {@code i} that are past their warm-up. */
  public Map<String, Double> extras(int i) {
    Map<String, Double> values = new HashMap<>();
    for (int k = 0; k < extraColumns.length; k++) {
      double v = extraColumns[k][i];
      if (!Double.isNaN(v)) values.put(extraNames.get(k), v);
    }
    return values;
  }
}
