package io.phasewise.domain.phase;

import static io.phasewise.domain.phase.BarConditions.clip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The explanation of one bar's {@link BarConditions}: the signals read and the reasons, with their
 * texts, behind its scores and conditions; it adds no arithmetic of the rules.
 */
final class BarEvidence {
  final Map<String, Double> signals = new LinkedHashMap<>();
  final List<Reason> reasons = new ArrayList<>();

  /** The evidence of {@code b} (the bar just computed), with the RSI three bars before it for its direction. */
  BarEvidence(BarConditions b, double rsiBefore, SentimentInput sentiment, TitForTatRules rules) {
    signal("close", b.close);
    signal("sma_20", b.sma20);
    signal("sma_50", b.sma50);
    signal("macd", b.macd);
    signal("macd_signal", b.macdSignal);
    signal("atr_14", b.atr);
    signal("adx_14", b.adx);
    signal("plus_di_14", b.plusDi);
    signal("minus_di_14", b.minusDi);
    signal("rsi_14", b.rsi);
    signal("ret_5d", b.ret5);
    signal("ret_20d", b.ret20);
    signal("roc_10", b.roc10 * 100);
    signal("ret_1d", b.change);
    signal("volatility_1d", b.dailyVol);
    signal("volume_zscore", b.volumeZ);

    reason("close_vs_sma50", b.closeVsSma50, 0, b.closeScore, () -> String.format(Locale.ROOT, "close %.1f%% %s SMA50",
        Math.abs(b.closeVsSma50) * 100, b.closeVsSma50 >= 0 ? "above" : "below"));
    reason("sma20_vs_sma50", b.sma20VsSma50, 0, b.smaScore, () -> String.format(Locale.ROOT, "SMA20 %.1f%% %s SMA50",
        Math.abs(b.sma20VsSma50) * 100, b.sma20VsSma50 >= 0 ? "above" : "below"));
    reason("macd_vs_signal", b.macdInAtr, 0, b.macdScore, () -> String.format(Locale.ROOT,
        "MACD %s %s signal %s (%.2f ATR)", num(b.macd), b.macdInAtr >= 0 ? "above" : "below", num(b.macdSignal),
        Math.abs(b.macdInAtr)));
    reason("adx_di", b.adx, rules.adxFloor(), b.adxScore, () -> b.plusDi - b.minusDi >= 0
        ? String.format(Locale.ROOT, "ADX %.0f with +DI %.0f over -DI %.0f", b.adx, b.plusDi, b.minusDi)
        : String.format(Locale.ROOT, "ADX %.0f with -DI %.0f over +DI %.0f", b.adx, b.minusDi, b.plusDi));
    reason("rsi_14", b.rsi, 50, b.rsiScore, () -> String.format(Locale.ROOT, "RSI %.0f%s", b.rsi,
        Double.isNaN(rsiBefore) || Math.abs(b.rsi - rsiBefore) < 1 ? "" : b.rsi > rsiBefore ? " and rising" : " and falling"));
    returnReason("ret_5d", "5-day return", b.ret5, b.ret5Z, b.ret5Score);
    returnReason("roc_10", "10-day change", b.roc10, b.roc10Z, b.roc10Score);
    returnReason("ret_20d", "20-day return", b.ret20, b.ret20Z, b.ret20Score);

    if (b.volumeScore != 0) {
      reason("volume_zscore", b.volumeZ, rules.volumeZFloor(), b.volumeScore, () -> String.format(Locale.ROOT,
          "volume %.1f sd above average on a %s day", b.volumeZ, b.change > 0 ? "up" : "down"));
    }
    if (sentiment.isPresent()) {
      signal("sentiment", sentiment.score());
      signal("sentiment_observations", sentiment.observations());
      reason("sentiment", sentiment.score(), 0, sentiment.score(), () -> String.format(Locale.ROOT,
          "sentiment %+.2f from %d observations, %.0f%% tier A (%s)", sentiment.score(), sentiment.observations(),
          sentiment.tierAShare() * 100, sentiment.summary()));
    }
    signal("trend_score", b.trend);
    signal("momentum_score", b.momentum);
    signal("composite_score", b.composite);

    if (b.shock) {
      reasonFor(TitForTatClassifier.SHOCK, b.change, Math.expm1(b.shockLine), Phase.DEFECT, 1, () -> String.format(
          Locale.ROOT, "crash shock: one-bar change %.1f%%, %.1f times daily volatility %.1f%%", b.change * 100,
          b.shockSigmas(), b.dailyVol * 100));
    }
    if (!Double.isNaN(b.rsi) && !Double.isNaN(b.macdSignal) && !Double.isNaN(b.sma20)) {
      int met = (b.rsiOk ? 1 : 0) + (b.macdUp ? 1 : 0) + (b.aboveSma20 ? 1 : 0);
      if (met > 0) {
        reasonFor("recovery_signs", met, 3, Phase.FORGIVE, met / 3.0, () -> String.format(Locale.ROOT,
            "recovery signs %d of 3: RSI %.0f %s %.0f, MACD %s signal, close %s SMA20", met, b.rsi, b.rsiOk ? ">=" : "<",
            rules.forgiveRsi(), b.macdUp ? "above" : "below", b.aboveSma20 ? "above" : "below"));
      }
    }
  }

  private void returnReason(String key, String label, double ret, double z, double score) {
    reason(key, ret, 0, score, () -> String.format(Locale.ROOT, "%s %+.1f%% (%+.1f sd)", label, ret * 100, z));
  }

  private void signal(String name, double value) {
    if (!Double.isNaN(value)) signals.put(name, value);
  }

  /** A reason for COOP (score ≥ 0) or DEFECT as strong as the score; none for an unknown score. */
  private void reason(String key, double value, double threshold, double score, Supplier<String> text) {
    if (Double.isNaN(score)) return;
    reasonFor(key, value, threshold, score >= 0 ? Phase.COOP : Phase.DEFECT, Math.abs(score), text);
  }

  private void reasonFor(String key, double value, double threshold, Phase supports, double strength,
      Supplier<String> text) {
    reasons.add(new Reason(key, value, threshold, supports, clip(strength, 0, 1), text.get()));
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.4f", v);
  }
}
