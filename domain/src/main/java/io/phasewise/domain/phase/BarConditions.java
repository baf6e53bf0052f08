package io.phasewise.domain.phase;

import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;

/**
 * The numeric core of {@link TitForTatClassifier}: the signal scores, composite and bar conditions
 * (shock, breakdown, recovery, cooperative) of one bar of a frame, read by both the per-bar
 * classification and the numeric replay. One instance per frame; {@link #at} overwrites the fields
 * with the numbers of the bar asked for, so they are valid until the next call.
 */
final class BarConditions {

  /** The market signals a composite can rest on: four trend and four momentum scores. */
  static final int MARKET_SIGNALS = 8;

  private final TitForTatRules rules;
  private final SnapshotFrame frame;
  private final int adxExtra;
  private final int plusDiExtra;
  private final int minusDiExtra;
  private final int roc10Extra;

  // The inputs of the bar (the daily volatility is the previous bar's, so that a shock is measured against the bars before it).
  double close;
  double sma20;
  double sma50;
  double macd;
  double macdSignal;
  double atr;
  double adx;
  double plusDi;
  double minusDi;
  double rsi;
  double ret5;
  double ret20;
  /** The 10-day ROC as a fraction (the feature is in percent). */
  double roc10;
  double change;
  double dailyVol;
  double volumeZ;

  // What the scores are made of: relative distances, MACD minus signal in ATR, returns in daily volatilities × √days.
  double closeVsSma50;
  double sma20VsSma50;
  double macdInAtr;
  double ret5Z;
  double roc10Z;
  double ret20Z;

  // The scores in [−1, 1], NaN while unknown.
  double closeScore;
  double smaScore;
  double macdScore;
  double adxScore;
  double rsiScore;
  double ret5Score;
  double roc10Score;
  double ret20Score;

  /** How many of the {@link #MARKET_SIGNALS} scores are known. */
  int known;
  /** Mean of the known trend scores, 0 if none. */
  double trend;
  /** Mean of the known momentum scores, 0 if none. */
  double momentum;
  double volumeScore;
  double composite;
  /** The log one-bar change below which the bar is a shock (with the minimum drop). */
  double shockLine;

  /** Whether SMA50 is known; before, the phase is kept. */
  boolean warm;
  boolean shock;
  boolean breakdown;
  boolean rsiOk;
  boolean macdUp;
  boolean aboveSma20;
  boolean recovery;
  boolean cooperative;

  BarConditions(SnapshotFrame frame, TitForTatRules rules) {
    this.frame = frame;
    this.rules = rules;
    adxExtra = frame.extraNames().indexOf("adx_14");
    plusDiExtra = frame.extraNames().indexOf("plus_di_14");
    minusDiExtra = frame.extraNames().indexOf("minus_di_14");
    roc10Extra = frame.extraNames().indexOf("roc_10");
  }

  /** The numbers of bar {@code i} with {@code sentiment} in the composite; returns this. */
  BarConditions at(int i, SentimentInput sentiment) {
    close = frame.value(Column.PRICE, i);
    sma20 = frame.value(Column.SMA_20, i);
    sma50 = frame.value(Column.SMA_50, i);
    macd = frame.value(Column.MACD, i);
    macdSignal = frame.value(Column.MACD_SIGNAL, i);
    atr = frame.value(Column.ATR_14, i);
    adx = extra(adxExtra, i);
    plusDi = extra(plusDiExtra, i);
    minusDi = extra(minusDiExtra, i);
    rsi = frame.value(Column.RSI_14, i);
    ret5 = frame.value(Column.RET_5D, i);
    ret20 = frame.value(Column.RET_20D, i);
    roc10 = extra(roc10Extra, i) / 100;
    change = frame.value(Column.RET_1D, i);
    dailyVol = i >= 1 ? frame.value(Column.VOLATILITY_1D, i - 1) : Double.NaN;
    volumeZ = frame.value(Column.VOLUME_ZSCORE, i);

    closeVsSma50 = close / sma50 - 1;
    sma20VsSma50 = sma20 / sma50 - 1;
    macdInAtr = atr > 0 ? (macd - macdSignal) / atr : Double.NaN;
    closeScore = score(closeVsSma50 / rules.closeSmaScale());
    smaScore = score(sma20VsSma50 / rules.closeSmaScale());
    macdScore = score(macdInAtr / rules.macdAtrScale());
    adxScore = score(Math.signum(plusDi - minusDi)
        * clip((adx - rules.adxFloor()) / (rules.adxFull() - rules.adxFloor()), 0, 1));
    ret5Z = returnZ(ret5, 5);
    roc10Z = returnZ(roc10, 10);
    ret20Z = returnZ(ret20, 20);
    rsiScore = score((rsi - 50) / rules.rsiScale());
    ret5Score = score(ret5Z / rules.returnZScale());
    roc10Score = score(roc10Z / rules.returnZScale());
    ret20Score = score(ret20Z / rules.returnZScale());
    known = 0;
    double trendMean = mean(closeScore, smaScore, macdScore, adxScore);
    double momentumMean = mean(rsiScore, ret5Score, roc10Score, ret20Score);

    volumeScore = volumeZ > rules.volumeZFloor() && change != 0 && !Double.isNaN(change)
        ? Math.signum(change) * clip((volumeZ - rules.volumeZFloor()) / rules.volumeZScale(), 0, 1) : 0;
    double sentimentWeight = 0;
    if (sentiment.isPresent()) {
      sentimentWeight = rules.sentimentWeight() * Math.min(1.0, (double) sentiment.observations()
          / rules.sentimentFullObservations());
    }
    double weights = 0;
    double sum = 0;
    if (!Double.isNaN(trendMean)) {
      weights += rules.trendWeight();
      sum += rules.trendWeight() * trendMean;
    }
    if (!Double.isNaN(momentumMean)) {
      weights += rules.momentumWeight();
      sum += rules.momentumWeight() * momentumMean;
    }
    if (weights > 0) {
      weights += rules.volumeWeight() + sentimentWeight;
      sum += rules.volumeWeight() * volumeScore + sentimentWeight * sentiment.score();
      composite = sum / weights;
    } else {
      composite = 0;
    }
    trend = Double.isNaN(trendMean) ? 0 : trendMean;
    momentum = Double.isNaN(momentumMean) ? 0 : momentumMean;

    warm = !Double.isNaN(sma50);
    shockLine = -rules.shockSigma() * dailyVol;
    shock = dailyVol > 0 && Math.log1p(change) < shockLine && change * 100 < -rules.shockMinDropPct();
    breakdown = composite <= -rules.defectScore() && close < sma50;
    rsiOk = rsi >= rules.forgiveRsi();
    macdUp = macd > macdSignal;
    aboveSma20 = close > sma20;
    recovery = rsiOk && macdUp && aboveSma20;
    cooperative = composite >= rules.coopScore() && close > sma50 && sma20 > sma50;
    return this;
  }

  /** How many daily volatilities the bar fell (0 without a volatility). */
  double shockSigmas() {
    return dailyVol > 0 ? -Math.log1p(change) / dailyVol : 0;
  }

  private double extra(int k, int i) {
    return k < 0 ? Double.NaN : frame.extra(k, i);
  }

  private double returnZ(double ret, int days) {
    return dailyVol > 0 ? ret / (dailyVol * Math.sqrt(days)) : Double.NaN;
  }

  private static double score(double raw) {
    return Double.isNaN(raw) ? Double.NaN : clip(raw, -1, 1);
  }

  /** The mean of the known scores among four (NaN if none), counting them into {@link #known}. */
  private double mean(double a, double b, double c, double d) {
    double total = 0;
    int count = 0;
    for (double s : new double[] {a, b, c, d}) {
      if (!Double.isNaN(s)) {
        total += s;
        count++;
      }
    }
    known += count;
    return count == 0 ? Double.NaN : total / count;
  }

  static double clip(double v, double low, double high) {
    return Math.max(low, Math.min(high, v));
  }
}
