package io.phasewise.application.market.port.out;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.CandleSeries;
import io.phasewise.domain.market.CorporateAction;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outgoing port: reads stored candles in open-time order. Where several sources hold a bar at the
 * same time and no source is named, the first source by name is taken.
 */
public interface LoadCandlesPort {

  /** Candles with open time in {@code [from, to)}, skipping {@code offset}, at most {@code limit}. */
  List<Candle> load(AssetId asset, Interval interval, Instant from, Instant to, String source, long offset, int limit);

  /**
   * The bars with open time in {@code [from, to)} as a columnar series (prices as doubles), for
   * analytics: no per-candle objects are built.
   */
  CandleSeries loadSeries(AssetId asset, Interval interval, Instant from, Instant to, String source);

  /**
   * Open time of the bar {@code bars} bars before {@code before} (of the first bar, if fewer are
   * stored); empty if no bar opens before {@code before}. Bars of several sources at one time count once.
   */
  Optional<Instant> barTimeBefore(AssetId asset, Interval interval, Instant before, int bars);

  /** How many candles {@link #load} would return with no paging. */
  long count(AssetId asset, Interval interval, Instant from, Instant to, String source);

  /**
   * The splits and dividends of bars with open time after {@code from}, in time order; a dividend
   * carries the close of the bar before its ex-date.
   */
  List<CorporateAction> corporateActionsAfter(AssetId asset, Interval interval, Instant from, String source);

  /** The latest candle of each asset that has one at this interval. */
  Map<AssetId, Candle> latest(Collection<AssetId> assets, Interval interval);
}
