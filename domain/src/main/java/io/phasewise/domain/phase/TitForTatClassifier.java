package io.phasewise.domain.phase;

import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.time.Instant;
import java.util.Objects;

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
 *
 * <p>The numbers of a bar come from {@link BarConditions} and the transition from {@link PhaseRule},
 * for {@link #classify} (persistence counted back through the history, {@link ConditionRuns.CountedBack})
 * and for the numeric {@link #classifyAll} alike; {@link BarEvidence} and {@link RationaleWriter} only explain them.
 */
public final class TitForTatClassifier implements PhaseClassifier {

  /** Reason key of a crash shock, listed first when it argues for the phase. */
  public static final String SHOCK = "crash_shock";

  private final TitForTatRules rules;
  private final PhaseRule rule;

  public TitForTatClassifier(TitForTatRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.rule = new PhaseRule(rules);
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
    BarConditions now = new BarConditions(history.frame(), rules).at(history.barIndex(0), inputs.sentiment());
    // A second core: the runs read this bar and earlier ones without sentiment, and must not overwrite now.
    ConditionRuns runs = new ConditionRuns.CountedBack(history, new BarConditions(history.frame(), rules));
    Phase from = previous == null ? null : previous.phase();
    Phase phase = rule.next(from, previous == null ? 0 : previous.barsInPhase(), now, runs);
    BarEvidence evidence = new BarEvidence(now, history.value(Column.RSI_14, 3), inputs.sentiment(), rules);
    Instant asOf = history.asOf();
    boolean stays = from == phase;
    Instant since = stays ? previous.since() : asOf;
    double confidence = now.warm ? confidence(phase, now) : 0;
    Rationale rationale = now.warm ? RationaleWriter.of(phase, evidence, from, since, confidence)
        : RationaleWriter.warmingUp(phase, evidence, now.known);
    return new PhaseState(history.asset(), phase, confidence, rationale, evidence.signals, asOf, since,
        stays ? previous.barsInPhase() + 1 : 1);
  }

  /**
   * The phases of a whole replay of {@code frame} numerically: the same decisions as {@link #classify}
   * bar after bar, without building reasons, texts or signal maps, and with the runs of condition bars
   * carried along instead of counted back. Phase decisions do not read sentiment except on a first bar
   * with SMA50 known.
   */
  @Override
  public PhaseDecisions classifyAll(PhaseFrame frame) {
    int n = frame.size();
    Phase[] phases = new Phase[n];
    BarConditions bar = new BarConditions(frame.snapshots(), rules);
    ConditionRuns.Carried runs = new ConditionRuns.Carried();
    Phase previous = null;
    int previousBars = 0;
    for (int i = 0; i < n; i++) {
      runs.advance(bar.at(i, SentimentInput.NONE));
      // Sentiment moves only the composite, of which the rule reads the breakdown on a first bar only.
      if (previous == null && frame.sentiment(i).isPresent()) bar.at(i, frame.sentiment(i));
      Phase phase = rule.next(previous, previousBars, bar, runs);
      previousBars = previous == phase ? previousBars + 1 : 1;
      phases[i] = phase;
      previous = phase;
    }
    return PhaseDecisions.ofPhases(phases);
  }

  private double confidence(Phase phase, BarConditions b) {
    double directional = switch (phase) {
      case COOP -> b.composite;
      case DEFECT -> -b.composite;
      case FORGIVE -> b.momentum;
    };
    double coverage = (double) b.known / BarConditions.MARKET_SIGNALS;
    double confidence = coverage * (0.5 + 0.5 * directional);
    if (phase == Phase.DEFECT && b.shock) {
      confidence = Math.max(confidence, Math.min(1, 0.6 + 0.05 * (b.shockSigmas() - rules.shockSigma())));
    }
    return BarConditions.clip(confidence, 0, 1);
  }
}
