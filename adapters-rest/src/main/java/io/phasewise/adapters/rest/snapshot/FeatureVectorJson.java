package io.phasewise.adapters.rest.snapshot;

import static io.phasewise.adapters.rest.shared.JsonNumbers.orNull;

import io.phasewise.adapters.rest.shared.JsonNumbers;
import io.phasewise.domain.snapshot.FeatureVector;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** The model-training features of a bar, counted in bars of the interval; null where one is still warming up. */
@Schema(name = "FeatureVector")
record FeatureVectorJson(
    @Schema(description = "simple return over 1 bar") Double ret1d,
    @Schema(description = "simple return over 5 bars") Double ret5d,
    @Schema(description = "simple return over 20 bars") Double ret20d,
    @Schema(description = "RSI(14)") Double rsi14,
    @Schema(description = "close minus the close 5 bars earlier") Double momentum5d,
    @Schema(description = "annualised volatility of the last 20 log returns") Double vol20d,
    @Schema(description = "ATR(14)") Double atr14,
    @Schema(description = "z-score of the bar's volume against the last 20 volumes") Double volumeZScore,
    @Schema(description = "further named features by name (adx_14, roc_10, ...); one still warming up is absent")
    Map<String, Double> extras) {

  static FeatureVectorJson of(FeatureVector f) {
    return new FeatureVectorJson(orNull(f.ret1d()), orNull(f.ret5d()), orNull(f.ret20d()), orNull(f.rsi14()),
        orNull(f.momentum5d()), orNull(f.vol20d()), orNull(f.atr14()), orNull(f.volumeZScore()),
        JsonNumbers.sorted(f.extras()));
  }
}
