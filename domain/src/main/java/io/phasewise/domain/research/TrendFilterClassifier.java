package io.phasewise.domain.research;

import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseClassifier;
import io.phasewise.domain.phase.PhaseInputs;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.Rationale;
import io.phasewise.domain.phase.Reason;
import io.phasewise.domain.phase.SnapshotHistory;
import io.phasewise.domain.snapshot.SnapshotFrame.Column;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The naive baseline a phase classifier must beat: UP (reported as COOP) when the close is above a rising
 * SMA 50, DOWN (reported as DEFECT) when it is below a falling one, NEUTRAL (reported as FORGIVE, which the
 * trading rule holds) otherwise and while SMA 50 warms up. "Rising" compares SMA 50 with its value one bar
 * earlier. No hysteresis, no other signal.
 */
public final class TrendFilterClassifier implements PhaseClassifier {

  /** The name reports give it. */
  public static final String NAME = "naive SMA-50";

  @Override
  public PhaseState classify(PhaseInputs inputs) {
    SnapshotHistory history = inputs.history();
    double close = history.value(Column.PRICE, 0);
    double sma = history.value(Column.SMA_50, 0);
    double slope = sma - history.value(Column.SMA_50, 1);
    Phase phase = close > sma && slope > 0 ? Phase.COOP : close < sma && slope < 0 ? Phase.DEFECT : Phase.FORGIVE;
    boolean known = !Double.isNaN(sma) && !Double.isNaN(slope);
    String text = !known ? "SMA 50 not known yet" : String.format(Locale.ROOT, "close %.2f%% %s SMA 50, which is %s",
        100 * (close / sma - 1), close >= sma ? "above" : "below", slope > 0 ? "rising" : slope < 0 ? "falling" : "flat");
    Rationale rationale = new Rationale(List.of(new Reason("close_vs_sma50_trend", known ? close / sma - 1 : 0, 0, phase, known ? 1 : 0, text)),
        text);
    Map<String, Double> signals = known ? Map.of("close_vs_sma50", close / sma - 1, "sma50_slope", slope) : Map.of();
    PhaseState previous = inputs.previous();
    Instant asOf = history.asOf();
    boolean stays = previous != null && previous.phase() == phase;
    return new PhaseState(history.asset(), phase, known ? 1 : 0, rationale, signals, asOf, stays ? previous.since() : asOf,
        stays ? previous.barsInPhase() + 1 : 1);
  }
}
