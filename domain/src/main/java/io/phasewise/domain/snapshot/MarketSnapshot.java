package io.phasewise.domain.snapshot;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;

/**
 * The market at the end of one bar (price, change, volume, VWAP, volatility); NaN where a value is still warming up.
 *
 * @param price the bar's close
 * @param changePct close-to-close change from the previous bar, in percent
 * @param volume the bar's volume
 * @param vwap volume-weighted average of typical prices: over the UTC-day session so far for intraday
 *     bars, over the last {@value SnapshotEngine#VWAP_BARS} bars for daily and weekly ones
 * @param volatility1d the sample standard deviation of the last {@value SnapshotEngine#WINDOW} one-bar
 *     log returns scaled to one trading day (× √bars per day of the asset's calendar); not annualised
 */
public record MarketSnapshot(
    AssetId asset, Interval interval, Instant barTime,
    double price, double changePct, double volume, double vwap, double volatility1d) implements BarSnapshot {}
