package io.phasewise.domain.snapshot;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.Map;

/**
 * Model-training features of one bar. Their names count days, as training data usually does; here they count
 * bars of the snapshot's interval, so on daily bars they mean what they say.
 *
 * @param ret1d simple return over 1 bar
 * @param ret5d simple return over 5 bars
 * @param ret20d simple return over 20 bars
 * @param rsi14 RSI(14)
 * @param momentum5d close minus the close 5 bars earlier (TA-Lib MOM)
 * @param vol20d realized volatility of the last 20 log returns, annualised with the asset calendar's periods per year
 * @param atr14 ATR(14)
 * @param volumeZScore z-score of the bar's volume against the last 20 volumes
 * @param extras further named features (see {@link FeatureDefinition}); a feature still warming up is absent
 */
public record FeatureVector(
    AssetId asset, Interval interval, Instant barTime,
    double ret1d, double ret5d, double ret20d, double rsi14, double momentum5d, double vol20d, double atr14,
    double volumeZScore, Map<String, Double> extras) implements BarSnapshot {

  public FeatureVector {
    extras = Map.copyOf(extras);
  }
}
