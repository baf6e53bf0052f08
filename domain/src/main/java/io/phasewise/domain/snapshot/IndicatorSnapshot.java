package io.phasewise.domain.snapshot;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;

/**
 * The indicator snapshot of one bar, TA-Lib definitions on closes (and highs and lows for
 * ATR): RSI(14), MACD(12, 26, 9) line and signal, ATR(14), SMA(20), SMA(50); NaN during warm-up.
 */
public record IndicatorSnapshot(
    AssetId asset, Interval interval, Instant barTime,
    double rsi14, double macd, double macdSignal, double atr14, double sma20, double sma50) implements BarSnapshot {}
