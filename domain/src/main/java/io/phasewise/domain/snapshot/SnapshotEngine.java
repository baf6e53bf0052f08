package io.phasewise.domain.snapshot;

import io.phasewise.domain.indicator.Atr;
import io.phasewise.domain.indicator.Macd;
import io.phasewise.domain.indicator.Momentum;
import io.phasewise.domain.indicator.RealizedVolatility;
import io.phasewise.domain.indicator.Returns;
import io.phasewise.domain.indicator.Rsi;
import io.phasewise.domain.indicator.SessionVwap;
import io.phasewise.domain.indicator.Sma;
import io.phasewise.domain.indicator.VolumeZScore;
import io.phasewise.domain.indicator.Vwap;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.market.TradingCalendar;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the market snapshot, indicator snapshot and feature vector of every bar of a series in one
 * batch; every value at bar i reads bars 0..i only.
 *
 * <p>Values of the recursive indicators (EMA-seeded MACD, Wilder RSI, ATR, ADX) depend on the whole
 * history before them, ever more weakly: after {@link #HISTORY_BARS} bars, how much earlier history was
 * supplied changes no value by more than 1e-9 relative. Incremental recomputation therefore reads
 * that many bars before the first new one instead of the whole history.
 */
public final class SnapshotEngine {

  /** Window of the volatility and volume statistics of a snapshot. */
  public static final int WINDOW = 20;
  /** Bars of the rolling VWAP of daily and weekly snapshots. */
  public static final int VWAP_BARS = 20;
  /**
   * Bars of history before a bar after which earlier history no longer matters (1e-9 relative): well
   * past the longest memory among the columns, ADX(14)'s warm-up plus {@code Adx.convergenceBars(14)}
   * (27 + 383 bars), so that extras with somewhat longer memories are covered too.
   */
  public static final int HISTORY_BARS = 1_000;

  private final List<FeatureDefinition> extras;
  private final List<String> extraNames;

  /** An engine computing the fixed columns plus {@code extras}, whose names must be distinct. */
  public SnapshotEngine(List<FeatureDefinition> extras) {
    this.extras = List.copyOf(extras);
    List<String> names = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (FeatureDefinition definition : this.extras) {
      for (String name : definition.names()) {
        if (!seen.add(name)) throw new IllegalArgumentException("feature " + name + " is defined twice");
        names.add(name);
      }
    }
    this.extraNames = List.copyOf(names);
  }

  /** The fixed columns plus {@link StandardFeatures#all()}. */
  public static SnapshotEngine standard() {
    return new SnapshotEngine(StandardFeatures.all());
  }

  /** Names of the extra features this engine computes. */
  public List<String> extraNames() {
    return extraNames;
  }

  /**
   * Snapshots of every bar of {@code series}, an asset trading on {@code calendar}.
   *
   * @throws IllegalArgumentException if a price is not positive (log returns need positive prices)
   */
  public SnapshotFrame compute(AssetId asset, CandleSeries series, TradingCalendar calendar) {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(calendar, "calendar");
    Interval interval = series.interval();
    double[] close = series.closes();
    double[] high = series.highs();
    double[] low = series.lows();
    double[] volume = series.volumes();
    double[][] columns = new double[Column.values().length][];
    columns[Column.PRICE.ordinal()] = close;
    double[] ret1d = Returns.batch(close, 1, Returns.Kind.SIMPLE);
    columns[Column.CHANGE_PCT.ordinal()] = scaled(ret1d, 100);
    columns[Column.VOLUME.ordinal()] = volume;
    columns[Column.VWAP.ordinal()] = interval.compareTo(Interval.D1) < 0
        ? SessionVwap.batch(series.openTimes(), high, low, close, volume)
        : Vwap.batch(high, low, close, volume, VWAP_BARS);
    double[] perBarVolatility = RealizedVolatility.batch(close, WINDOW, 1);
    columns[Column.VOLATILITY_1D.ordinal()] = scaled(perBarVolatility, Math.sqrt(calendar.barsPerDay(interval)));
    columns[Column.RSI_14.ordinal()] = Rsi.batch(close, 14);
    Macd.Series macd = Macd.batch(close, 12, 26, 9);
    columns[Column.MACD.ordinal()] = macd.macd();
    columns[Column.MACD_SIGNAL.ordinal()] = macd.signal();
    columns[Column.ATR_14.ordinal()] = Atr.batch(high, low, close, 14);
    columns[Column.SMA_20.ordinal()] = Sma.batch(close, 20);
    columns[Column.SMA_50.ordinal()] = Sma.batch(close, 50);
    columns[Column.RET_1D.ordinal()] = ret1d;
    columns[Column.RET_5D.ordinal()] = Returns.batch(close, 5, Returns.Kind.SIMPLE);
    columns[Column.RET_20D.ordinal()] = Returns.batch(close, 20, Returns.Kind.SIMPLE);
    columns[Column.MOMENTUM_5D.ordinal()] = Momentum.batch(close, 5);
    columns[Column.VOL_20D.ordinal()] = scaled(perBarVolatility, Math.sqrt(calendar.periodsPerYear(interval)));
    columns[Column.VOLUME_ZSCORE.ordinal()] = VolumeZScore.batch(volume, WINDOW);
    double[][] extraColumns = new double[extraNames.size()][];
    int k = 0;
    for (FeatureDefinition definition : extras) {
      for (double[] column : definition.compute(series)) extraColumns[k++] = column;
    }
    return new SnapshotFrame(asset, interval, series.openTimes(), columns, extraNames, extraColumns);
  }

  /** A new column of {@code values × factor}. */
  private static double[] scaled(double[] values, double factor) {
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) scaled[i] = values[i] * factor;
    return scaled;
  }
}
