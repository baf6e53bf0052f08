package io.phasewise.domain.snapshot;

import io.phasewise.domain.indicator.Adx;
import io.phasewise.domain.indicator.Bollinger;
import io.phasewise.domain.indicator.Returns;
import io.phasewise.domain.indicator.Roc;
import io.phasewise.domain.indicator.Stochastic;
import java.util.List;

/**
 * The extra features Phasewise computes by default, beyond the fixed columns of {@link FeatureVector}:
 * trend strength (ADX and ±DI, 14), position in the Bollinger(20, 2) bands (%B, bandwidth), slow
 * stochastic (14, 3, 3), ROC(10) and the one-bar log return. All converge to the same value whatever
 * history precedes them (cumulative ones such as OBV are left out for that reason).
 */
public final class StandardFeatures {

  private StandardFeatures() {}

  public static List<FeatureDefinition> all() {
    return List.of(
        FeatureDefinition.group(List.of("adx_14", "plus_di_14", "minus_di_14"), s -> {
          Adx.Series adx = Adx.batch(s.highs(), s.lows(), s.closes(), 14);
          return new double[][] {adx.adx(), adx.plusDi(), adx.minusDi()};
        }),
        FeatureDefinition.group(List.of("bb_percent_b_20", "bb_bandwidth_20"), s -> {
          Bollinger.Series bands = Bollinger.batch(s.closes(), 20, 2, 2);
          return new double[][] {bands.percentB(), bands.bandwidth()};
        }),
        FeatureDefinition.group(List.of("stoch_k_14", "stoch_d_14"), s -> {
          Stochastic.Series stochastic = Stochastic.batch(s.highs(), s.lows(), s.closes(), 14, 3, 3);
          return new double[][] {stochastic.k(), stochastic.d()};
        }),
        FeatureDefinition.of("roc_10", s -> Roc.batch(s.closes(), 10)),
        FeatureDefinition.of("log_ret_1d", s -> Returns.batch(s.closes(), 1, Returns.Kind.LOG)));
  }
}
