package io.phasewise.domain.phase;

import io.phasewise.domain.snapshot.SnapshotFrame;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The default {@link PhaseClassifier}: generous tit-for-tat on trend, momentum, shocks, volume and
 * (when present) sentiment. Parameters are in {@link TitForTatRules}.
 *
 * <h2>Signals (each scored in [−1, 1], +1 bullish)</h2>
 *
 * <ul>
 *   <li><b>Trend</b> (mean of the known ones): close vs SMA50 and SMA20 vs SMA50 (relative distance /
 *       {@code closeSmaScale}); MACD minus signal in ATR14 / {@code macdAtrScale}; ADX with ±DI (sign
 *       of +DI − −DI, strength rising from 0 at {@code adxFloor} to 1 at {@code adxFull}).
 *   <li><b>Momentum</b> (mean): RSI14 (RSI − 50) / {@code rsiScale}; 5-day and 20-day returns and the
 *       10-day ROC, each in units of the previous bar's daily volatility × √days, / {@code returnZScale}.
 *   <li><b>Volume</b>: a volume z-score above {@code volumeZFloor} confirms the day's direction.
 *   <li><b>Sentiment</b> (current bar only): the score, with weight scaled by the number of observations.
 * </ul>
 *
 * The <b>composite</b> is the weighted mean of trend, momentum, volume and sentiment. Per bar:
 *
 * <ul>
 *   <li><b>shock</b>: the one-bar change is below −{@code shockSigma} × the daily volatility of the 20
 *       bars before it and below −{@code shockMinDropPct} %;
 *   <li><b>breakdown</b>: composite ≤ −{@code defectScore} and close below SMA50;
 *   <li><b>recovery</b>: RSI ≥ {@code forgiveRsi}, MACD above its signal and close above SMA20;
 *   <li><b>cooperative</b>: composite ≥ {@code coopScore}, close above SMA50 and SMA20 above SMA50 (the
 *       long trend repaired).
 * </ul>
 *
 * <h2>Transitions (hysteresis: evidence must persist for consecutive bars, read back from history)</h2>
 *
 * <ul>
 *   <li>A phase is held for at least {@code minDwellBars} bars; only a crash shock (to DEFECT) cuts
 *       that short.
 *   <li>First bar: DEFECT on a shock or a breakdown, otherwise COOP (tit-for-tat opens cooperating).
 *   <li>COOP → DEFECT: a shock (at once), or {@code defectBars} breakdown bars in a row.
 *   <li>DEFECT → FORGIVE: {@code forgiveBars} recovery bars in a row and no shock on the current bar.
 *       FORGIVE only ever follows DEFECT, and DEFECT never jumps straight to COOP.
 *   <li>FORGIVE → COOP: {@code coopBars} cooperative bars in a row.
 *   <li>FORGIVE → DEFECT (relapse): a shock, or {@code defectBars} breakdown bars in a row.
 *   <li>Otherwise the phase stays.
 * </ul>
 *
 * <b>Confidence</b> = coverage × (½ + ½ × the score in the phase's direction), clipped to [0, 1]: the
 * composite for COOP (+) and DEFECT (−), the momentum score for FORGIVE (recovery is a momentum
 * call while the trend still lags); a shock DEFECT has at least 0.6 + 0.05 per volatility beyond the
 * shock threshold (up to 1). Coverage is the share of the eight market signals that are known
 * (below 1 only while indicators warm up). While SMA50 is unknown the classifier keeps the previous
 * phase (COOP at first) with confidence 0.
 */
public final class TitForTatClassifier implements PhaseClassifier {

  private static final int MARKET_SIGNALS = 8;
  private static final int SUMMARY_REASONS = 3;
  /** Reason key of a crash shock, listed first when it argues for the phase. */
  public static final String SHOCK = "crash_shock";

  private final TitForTatRules rules;

  public TitForTatClassifier(TitForTatRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** The classifier with {@link TitForTatRules#DEFAULTS}. */
  public static TitForTatClassifier standard() {
    return new TitForTatClassifier(TitForTatRules.DEFAULTS);
  }

  public TitForTatRules rules() {
    return rules;
  }

  @Override
  public PhaseState classify(PhaseInputs inputs) {
    SnapshotHistory history = inputs.history();
    PhaseState previous = inputs.previous();
    Evidence now = evaluate(history, 0, inputs.sentiment(), true);
    Instant asOf = history.asOf();
    if (Double.isNaN(history.value(Column.SMA_50, 0))) {
      Phase kept = previous == null ? Phase.COOP : previous.phase();
      String summary = String.format(Locale.ROOT, "%s: warming up, %d of %d signals known", kept, now.known,
          MARKET_SIGNALS);
      return state(inputs, kept, 0, new Rationale(now.reasons, summary), now.signals, asOf);
    }
    Phase phase = next(history, previous, now);
    double confidence = confidence(phase, now);
    return state(inputs, phase, confidence, rationale(phase, now, asOf, previous, confidence), now.signals, asOf);
  }

  private Phase next(SnapshotHistory history, PhaseState previous, Evidence now) {
    if (previous == null) return now.shock || now.breakdown ? Phase.DEFECT : Phase.COOP;
    if (previous.barsInPhase() < rules.minDwellBars()) {
      return now.shock && previous.phase() != Phase.DEFECT ? Phase.DEFECT : previous.phase();
    }
    return switch (previous.phase()) {
      case COOP -> now.shock || persists(history, rules.defectBars(), Kind.BREAKDOWN) ? Phase.DEFECT : Phase.COOP;
      case DEFECT -> !now.shock && persists(history, rules.forgiveBars(), Kind.RECOVERY) ? Phase.FORGIVE : Phase.DEFECT;
      case FORGIVE -> {
        if (now.shock || persists(history, rules.defectBars(), Kind.BREAKDOWN)) yield Phase.DEFECT;
        yield persists(history, rules.coopBars(), Kind.COOPERATIVE) ? Phase.COOP : Phase.FORGIVE;
      }
    };
  }

  /**
   * The phases of a whole replay of {@code frame} from scratch, numerically: the same decisions as
   * {@link #classify} bar after bar (each fed the state of the bar before), without building reasons,
   * texts or signal maps, and with the persistence rules read from running counts of consecutive
   * condition bars instead of re-evaluating earlier bars. Phase decisions do not read sentiment except
   * on a first bar with SMA50 known, hence {@code sentiments} (one per bar).
   */
  Phase[] replayPhases(SnapshotFrame frame, SentimentInput[] sentiments, int[] barsInPhase, int[] sinceBar) {
    int n = frame.size();
    Phase[] phases = new Phase[n];
    Bars bars = new Bars(frame);
    int breakdownRun = 0;
    int recoveryRun = 0;
    int cooperativeRun = 0;
    Phase previous = null;
    int previousBars = 0;
    for (int i = 0; i < n; i++) {
      Flags now = bars.flags(i, SentimentInput.NONE);
      breakdownRun = now.breakdown ? breakdownRun + 1 : 0;
      recoveryRun = now.recovery ? recoveryRun + 1 : 0;
      cooperativeRun = now.cooperative ? cooperativeRun + 1 : 0;
      Phase phase;
      if (Double.isNaN(bars.sma50[i])) {
        phase = previous == null ? Phase.COOP : previous;
      } else if (previous == null) {
        Flags first = sentiments[i].isPresent() ? bars.flags(i, sentiments[i]) : now;
        phase = first.shock || first.breakdown ? Phase.DEFECT : Phase.COOP;
      } else if (previousBars < rules.minDwellBars()) {
        phase = now.shock && previous != Phase.DEFECT ? Phase.DEFECT : previous;
      } else {
        phase = switch (previous) {
          case COOP -> now.shock || breakdownRun >= rules.defectBars() ? Phase.DEFECT : Phase.COOP;
          case DEFECT -> !now.shock && recoveryRun >= rules.forgiveBars() ? Phase.FORGIVE : Phase.DEFECT;
          case FORGIVE -> {
            if (now.shock || breakdownRun >= rules.defectBars()) yield Phase.DEFECT;
            yield cooperativeRun >= rules.coopBars() ? Phase.COOP : Phase.FORGIVE;
          }
        };
      }
      boolean stays = previous == phase;
      previousBars = stays ? previousBars + 1 : 1;
      phases[i] = phase;
      barsInPhase[i] = previousBars;
      sinceBar[i] = stays ? sinceBar[i - 1] : i;
      previous = phase;
    }
    return phases;
  }

  /** The bar conditions of one bar. */
  private static final class Flags {
    boolean shock;
    boolean breakdown;
    boolean recovery;
    boolean cooperative;
  }

  /**
   * The columns of a frame that the rules read, and the same arithmetic as {@link #evaluate} (in the
   * same order, so the same doubles) for the bar conditions only.
   */
  private final class Bars {
    final double[] close;
    final double[] sma20;
    final double[] sma50;
    final double[] macd;
    final double[] macdSignal;
    final double[] atr;
    final double[] adx;
    final double[] plusDi;
    final double[] minusDi;
    final double[] rsi;
    final double[] ret5;
    final double[] ret20;
    final double[] roc10;
    final double[] change;
    final double[] volatility;
    final double[] volumeZ;
    final Flags flags = new Flags();

    Bars(SnapshotFrame frame) {
      close = column(frame, Column.PRICE);
      sma20 = column(frame, Column.SMA_20);
      sma50 = column(frame, Column.SMA_50);
      macd = column(frame, Column.MACD);
      macdSignal = column(frame, Column.MACD_SIGNAL);
      atr = column(frame, Column.ATR_14);
      adx = extra(frame, "adx_14");
      plusDi = extra(frame, "plus_di_14");
      minusDi = extra(frame, "minus_di_14");
      rsi = column(frame, Column.RSI_14);
      ret5 = column(frame, Column.RET_5D);
      ret20 = column(frame, Column.RET_20D);
      roc10 = extra(frame, "roc_10");
      change = column(frame, Column.RET_1D);
      volatility = column(frame, Column.VOLATILITY_1D);
      volumeZ = column(frame, Column.VOLUME_ZSCORE);
    }

    private static double[] column(SnapshotFrame frame, Column c) {
      double[] v = new double[frame.size()];
      for (int i = 0; i < v.length; i++) v[i] = frame.value(c, i);
      return v;
    }

    private static double[] extra(SnapshotFrame frame, String name) {
      int k = frame.extraNames().indexOf(name);
      double[] v = new double[frame.size()];
      for (int i = 0; i < v.length; i++) v[i] = k < 0 ? Double.NaN : frame.extra(k, i);
      return v;
    }

    /** The conditions of bar {@code i} (a reused holder, valid until the next call). */
    Flags flags(int i, SentimentInput sentiment) {
      double close = this.close[i];
      double sma20 = this.sma20[i];
      double sma50 = this.sma50[i];
      double macd = this.macd[i];
      double macdSignal = this.macdSignal[i];
      double atr = this.atr[i];
      double adx = this.adx[i];
      double rsi = this.rsi[i];
      double roc10 = this.roc10[i] / 100;
      double change = this.change[i];
      double dailyVol = i >= 1 ? volatility[i - 1] : Double.NaN;
      double volumeZ = this.volumeZ[i];

      double trendTotal = 0;
      int trendCount = 0;
      double raw = (close / sma50 - 1) / rules.closeSmaScale();
      if (!Double.isNaN(raw)) {
        trendTotal += clip(raw, -1, 1);
        trendCount++;
      }
      raw = (sma20 / sma50 - 1) / rules.closeSmaScale();
      if (!Double.isNaN(raw)) {
        trendTotal += clip(raw, -1, 1);
        trendCount++;
      }
      raw = (atr > 0 ? (macd - macdSignal) / atr : Double.NaN) / rules.macdAtrScale();
      if (!Double.isNaN(raw)) {
        trendTotal += clip(raw, -1, 1);
        trendCount++;
      }
      raw = Math.signum(plusDi[i] - minusDi[i])
          * clip((adx - rules.adxFloor()) / (rules.adxFull() - rules.adxFloor()), 0, 1);
      if (!Double.isNaN(raw)) {
        trendTotal += clip(raw, -1, 1);
        trendCount++;
      }
      double trend = trendCount == 0 ? Double.NaN : trendTotal / trendCount;

      double momentumTotal = 0;
      int momentumCount = 0;
      raw = (rsi - 50) / rules.rsiScale();
      if (!Double.isNaN(raw)) {
        momentumTotal += clip(raw, -1, 1);
        momentumCount++;
      }
      raw = (dailyVol > 0 ? ret5[i] / (dailyVol * Math.sqrt(5)) : Double.NaN) / rules.returnZScale();
      if (!Double.isNaN(raw)) {
        momentumTotal += clip(raw, -1, 1);
        momentumCount++;
      }
      raw = (dailyVol > 0 ? roc10 / (dailyVol * Math.sqrt(10)) : Double.NaN) / rules.returnZScale();
      if (!Double.isNaN(raw)) {
        momentumTotal += clip(raw, -1, 1);
        momentumCount++;
      }
      raw = (dailyVol > 0 ? ret20[i] / (dailyVol * Math.sqrt(20)) : Double.NaN) / rules.returnZScale();
      if (!Double.isNaN(raw)) {
        momentumTotal += clip(raw, -1, 1);
        momentumCount++;
      }
      double momentum = momentumCount == 0 ? Double.NaN : momentumTotal / momentumCount;

      double volumeScore = volumeZ > rules.volumeZFloor() && change != 0 && !Double.isNaN(change)
          ? Math.signum(change) * clip((volumeZ - rules.volumeZFloor()) / rules.volumeZScale(), 0, 1) : 0;
      double sentimentWeight = 0;
      if (sentiment.isPresent()) {
        sentimentWeight = rules.sentimentWeight() * Math.min(1.0, (double) sentiment.observations()
            / rules.sentimentFullObservations());
      }
      double weights = 0;
      double sum = 0;
      if (!Double.isNaN(trend)) {
        weights += rules.trendWeight();
        sum += rules.trendWeight() * trend;
      }
      if (!Double.isNaN(momentum)) {
        weights += rules.momentumWeight();
        sum += rules.momentumWeight() * momentum;
      }
      double composite;
      if (weights > 0) {
        weights += rules.volumeWeight() + sentimentWeight;
        sum += rules.volumeWeight() * volumeScore + sentimentWeight * sentiment.score();
        composite = sum / weights;
      } else {
        composite = 0;
      }

      Flags f = flags;
      double shockLine = -rules.shockSigma() * dailyVol;
      f.shock = dailyVol > 0 && Math.log1p(change) < shockLine && change * 100 < -rules.shockMinDropPct();
      f.breakdown = composite <= -rules.defectScore() && close < sma50;
      f.recovery = rsi >= rules.forgiveRsi() && macd > macdSignal && close > sma20;
      f.cooperative = composite >= rules.coopScore() && close > sma50 && sma20 > sma50;
      return f;
    }
  }

  private enum Kind { BREAKDOWN, RECOVERY, COOPERATIVE }

  /** Whether the bar condition held on each of the last {@code bars} bars (sentiment is read on the current bar only). */
  private boolean persists(SnapshotHistory history, int bars, Kind kind) {
    if (bars > history.bars()) return false;
    for (int lag = 0; lag < bars; lag++) {
      Evidence e = evaluate(history, lag, SentimentInput.NONE, false);
      boolean holds = switch (kind) {
        case BREAKDOWN -> e.breakdown;
        case RECOVERY -> e.recovery;
        case COOPERATIVE -> e.cooperative;
      };
      if (!holds) return false;
    }
    return true;
  }

  private double confidence(Phase phase, Evidence e) {
    double directional = switch (phase) {
      case COOP -> e.composite;
      case DEFECT -> -e.composite;
      case FORGIVE -> e.momentum;
    };
    double coverage = (double) e.known / MARKET_SIGNALS;
    double confidence = coverage * (0.5 + 0.5 * directional);
    if (phase == Phase.DEFECT && e.shock) {
      confidence = Math.max(confidence, Math.min(1, 0.6 + 0.05 * (e.shockSigmas - rules.shockSigma())));
    }
    return clip(confidence, 0, 1);
  }

  private Rationale rationale(Phase phase, Evidence e, Instant asOf, PhaseState previous, double confidence) {
    Phase direction = phase;
    List<Reason> ordered = new ArrayList<>(e.reasons);
    ordered.sort(Comparator.comparing((Reason r) -> !supports(r, direction))
        .thenComparing(r -> !r.key().equals(SHOCK) && r.supports() != Phase.FORGIVE).thenComparing(r -> -r.strength()));
    Instant since = previous == null || previous.phase() != phase ? asOf : previous.since();
    StringBuilder summary = new StringBuilder();
    summary.append(phase).append(previous == null || previous.phase() == phase ? " since " : " (from " + previous.phase() + ") since ")
        .append(since.atOffset(ZoneOffset.UTC).toLocalDate())
        .append(String.format(Locale.ROOT, ", confidence %.2f", confidence));
    int shown = 0;
    for (Reason r : ordered) {
      if (shown == SUMMARY_REASONS || !supports(r, direction) || r.strength() == 0) break;
      summary.append(shown == 0 ? ": " : "; ").append(r.text());
      shown++;
    }
    return new Rationale(ordered, summary.toString());
  }

  /** FORGIVE is argued for by recovery reasons and by bullish (COOP) evidence. */
  private static boolean supports(Reason r, Phase phase) {
    return r.supports() == phase || (phase == Phase.FORGIVE && r.supports() == Phase.COOP);
  }

  private PhaseState state(PhaseInputs inputs, Phase phase, double confidence, Rationale rationale,
      Map<String, Double> signals, Instant asOf) {
    PhaseState previous = inputs.previous();
    boolean stays = previous != null && previous.phase() == phase;
    return new PhaseState(inputs.history().asset(), phase, confidence, rationale, signals, asOf,
        stays ? previous.since() : asOf, stays ? previous.barsInPhase() + 1 : 1);
  }

  /** The signals of the bar {@code lag} bars back; reasons and the signal map only when {@code explain}. */
  private Evidence evaluate(SnapshotHistory h, int lag, SentimentInput sentiment, boolean explain) {
    Evidence e = new Evidence(explain);
    double close = h.value(Column.PRICE, lag);
    double sma20 = h.value(Column.SMA_20, lag);
    double sma50 = h.value(Column.SMA_50, lag);
    double macd = h.value(Column.MACD, lag);
    double macdSignal = h.value(Column.MACD_SIGNAL, lag);
    double atr = h.value(Column.ATR_14, lag);
    double adx = h.extra("adx_14", lag);
    double plusDi = h.extra("plus_di_14", lag);
    double minusDi = h.extra("minus_di_14", lag);
    double rsi = h.value(Column.RSI_14, lag);
    double rsiBefore = h.value(Column.RSI_14, lag + 3);
    double ret5 = h.value(Column.RET_5D, lag);
    double ret20 = h.value(Column.RET_20D, lag);
    double roc10 = h.extra("roc_10", lag) / 100;
    double change = h.value(Column.RET_1D, lag);
    double dailyVol = h.value(Column.VOLATILITY_1D, lag + 1);
    double volumeZ = h.value(Column.VOLUME_ZSCORE, lag);
    e.signal("close", close);
    e.signal("sma_20", sma20);
    e.signal("sma_50", sma50);
    e.signal("macd", macd);
    e.signal("macd_signal", macdSignal);
    e.signal("atr_14", atr);
    e.signal("adx_14", adx);
    e.signal("plus_di_14", plusDi);
    e.signal("minus_di_14", minusDi);
    e.signal("rsi_14", rsi);
    e.signal("ret_5d", ret5);
    e.signal("ret_20d", ret20);
    e.signal("roc_10", roc10 * 100);
    e.signal("ret_1d", change);
    e.signal("volatility_1d", dailyVol);
    e.signal("volume_zscore", volumeZ);

    // Trend
    Sum trend = new Sum();
    double dClose = close / sma50 - 1;
    trend.add(e, "close_vs_sma50", dClose, 0, dClose / rules.closeSmaScale(),
        () -> String.format(Locale.ROOT, "close %.1f%% %s SMA50", Math.abs(dClose) * 100, dClose >= 0 ? "above" : "below"));
    double dSma = sma20 / sma50 - 1;
    trend.add(e, "sma20_vs_sma50", dSma, 0, dSma / rules.closeSmaScale(),
        () -> String.format(Locale.ROOT, "SMA20 %.1f%% %s SMA50", Math.abs(dSma) * 100, dSma >= 0 ? "above" : "below"));
    double hist = atr > 0 ? (macd - macdSignal) / atr : Double.NaN;
    trend.add(e, "macd_vs_signal", hist, 0, hist / rules.macdAtrScale(), () -> String.format(Locale.ROOT,
        "MACD %s %s signal %s (%.2f ATR)", num(macd), hist >= 0 ? "above" : "below", num(macdSignal), Math.abs(hist)));
    double diSpread = plusDi - minusDi;
    double adxStrength = clip((adx - rules.adxFloor()) / (rules.adxFull() - rules.adxFloor()), 0, 1);
    trend.add(e, "adx_di", adx, rules.adxFloor(), Math.signum(diSpread) * adxStrength, () -> diSpread >= 0
        ? String.format(Locale.ROOT, "ADX %.0f with +DI %.0f over -DI %.0f", adx, plusDi, minusDi)
        : String.format(Locale.ROOT, "ADX %.0f with -DI %.0f over +DI %.0f", adx, minusDi, plusDi));
    e.trend = trend.mean();

    // Momentum
    Sum momentum = new Sum();
    momentum.add(e, "rsi_14", rsi, 50, (rsi - 50) / rules.rsiScale(), () -> String.format(Locale.ROOT, "RSI %.0f%s", rsi,
        Double.isNaN(rsiBefore) || Math.abs(rsi - rsiBefore) < 1 ? "" : rsi > rsiBefore ? " and rising" : " and falling"));
    addReturn(e, momentum, "ret_5d", "5-day return", ret5, dailyVol, 5);
    addReturn(e, momentum, "roc_10", "10-day change", roc10, dailyVol, 10);
    addReturn(e, momentum, "ret_20d", "20-day return", ret20, dailyVol, 20);
    e.momentum = momentum.mean();

    // Volume confirmation
    double volumeScore = volumeZ > rules.volumeZFloor() && change != 0 && !Double.isNaN(change)
        ? Math.signum(change) * clip((volumeZ - rules.volumeZFloor()) / rules.volumeZScale(), 0, 1) : 0;
    if (volumeScore != 0) {
      e.reason("volume_zscore", volumeZ, rules.volumeZFloor(), volumeScore, () -> String.format(Locale.ROOT,
          "volume %.1f sd above average on a %s day", volumeZ, change > 0 ? "up" : "down"));
    }

    // Sentiment
    double sentimentWeight = 0;
    if (sentiment.isPresent()) {
      sentimentWeight = rules.sentimentWeight() * Math.min(1.0, (double) sentiment.observations()
          / rules.sentimentFullObservations());
      e.signal("sentiment", sentiment.score());
      e.signal("sentiment_observations", sentiment.observations());
      e.reason("sentiment", sentiment.score(), 0, sentiment.score(), () -> String.format(Locale.ROOT,
          "sentiment %+.2f from %d observations, %.0f%% tier A (%s)", sentiment.score(), sentiment.observations(),
          sentiment.tierAShare() * 100, sentiment.summary()));
    }

    double weights = 0;
    double sum = 0;
    if (!Double.isNaN(e.trend)) {
      weights += rules.trendWeight();
      sum += rules.trendWeight() * e.trend;
    }
    if (!Double.isNaN(e.momentum)) {
      weights += rules.momentumWeight();
      sum += rules.momentumWeight() * e.momentum;
    }
    if (weights > 0) {
      weights += rules.volumeWeight() + sentimentWeight;
      sum += rules.volumeWeight() * volumeScore + sentimentWeight * sentiment.score();
      e.composite = sum / weights;
    } else {
      e.composite = 0;
    }
    e.trend = Double.isNaN(e.trend) ? 0 : e.trend;
    e.momentum = Double.isNaN(e.momentum) ? 0 : e.momentum;
    e.signal("trend_score", e.trend);
    e.signal("momentum_score", e.momentum);
    e.signal("composite_score", e.composite);

    // Bar conditions
    double shockLine = -rules.shockSigma() * dailyVol;
    e.shockSigmas = dailyVol > 0 ? -Math.log1p(change) / dailyVol : 0;
    e.shock = dailyVol > 0 && Math.log1p(change) < shockLine && change * 100 < -rules.shockMinDropPct();
    if (e.shock) {
      e.reasonFor(SHOCK, change, Math.expm1(shockLine), Phase.DEFECT, 1, () -> String.format(Locale.ROOT,
          "crash shock: one-bar change %.1f%%, %.1f times daily volatility %.1f%%", change * 100, e.shockSigmas,
          dailyVol * 100));
    }
    e.breakdown = e.composite <= -rules.defectScore() && close < sma50;
    boolean rsiOk = rsi >= rules.forgiveRsi();
    boolean macdUp = macd > macdSignal;
    boolean aboveSma20 = close > sma20;
    e.recovery = rsiOk && macdUp && aboveSma20;
    if (explain && !Double.isNaN(rsi) && !Double.isNaN(macdSignal) && !Double.isNaN(sma20)) {
      int met = (rsiOk ? 1 : 0) + (macdUp ? 1 : 0) + (aboveSma20 ? 1 : 0);
      if (met > 0) {
        e.reasonFor("recovery_signs", met, 3, Phase.FORGIVE, met / 3.0, () -> String.format(Locale.ROOT,
            "recovery signs %d of 3: RSI %.0f %s %.0f, MACD %s signal, close %s SMA20", met, rsi, rsiOk ? ">=" : "<",
            rules.forgiveRsi(), macdUp ? "above" : "below", aboveSma20 ? "above" : "below"));
      }
    }
    e.cooperative = e.composite >= rules.coopScore() && close > sma50 && sma20 > sma50;
    return e;
  }

  private void addReturn(Evidence e, Sum momentum, String key, String label, double ret, double dailyVol, int days) {
    double z = dailyVol > 0 ? ret / (dailyVol * Math.sqrt(days)) : Double.NaN;
    momentum.add(e, key, ret, 0, z / rules.returnZScale(), () -> String.format(Locale.ROOT, "%s %+.1f%% (%+.1f sd)",
        label, ret * 100, z));
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.4f", v);
  }

  static double clip(double v, double low, double high) {
    return Math.max(low, Math.min(high, v));
  }

  /** A mean of the known scores of one group. */
  private final class Sum {
    private double total;
    private int count;

    void add(Evidence e, String key, double value, double threshold, double rawScore, Supplier<String> text) {
      if (Double.isNaN(rawScore)) return;
      double score = clip(rawScore, -1, 1);
      total += score;
      count++;
      e.known++;
      e.reason(key, value, threshold, score, text);
    }

    double mean() {
      return count == 0 ? Double.NaN : total / count;
    }
  }

  /** The evidence of one bar. */
  private static final class Evidence {
    final boolean explain;
    final List<Reason> reasons = new ArrayList<>();
    final Map<String, Double> signals = new LinkedHashMap<>();
    int known;
    double trend;
    double momentum;
    double composite;
    boolean shock;
    double shockSigmas;
    boolean breakdown;
    boolean recovery;
    boolean cooperative;

    Evidence(boolean explain) {
      this.explain = explain;
    }

    void signal(String name, double value) {
      if (explain && !Double.isNaN(value)) signals.put(name, value);
    }

    void reason(String key, double value, double threshold, double score, Supplier<String> text) {
      reasonFor(key, value, threshold, score >= 0 ? Phase.COOP : Phase.DEFECT, Math.abs(score), text);
    }

    void reasonFor(String key, double value, double threshold, Phase supports, double strength,
        Supplier<String> text) {
      if (explain) reasons.add(new Reason(key, value, threshold, supports, clip(strength, 0, 1), text.get()));
    }
  }
}
