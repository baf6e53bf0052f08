package io.phasewise.application.testing;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.phase.Rationale;
import io.phasewise.domain.phase.Reason;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hand-made phase states, transitions and events for port tests, with numbers and texts that are awkward to store. */
public final class PhaseSamples {
  public static final Instant T0 = Instant.parse("2020-01-02T00:00:00Z");
  private static final long DAY = 86_400L;

  private PhaseSamples() {}

  /** {@code T0} plus {@code days} days. */
  public static Instant day(int days) {
    return T0.plusSeconds(DAY * days);
  }

  /** Reasons whose numbers run through the doubles JSON and decimals cannot simply hold, and texts with quotes and non-ASCII. */
  public static Rationale awkwardRationale(Phase phase) {
    List<Reason> reasons = List.of(
        new Reason("close_vs_sma50", -0.12345678901234567, 0, phase, 1.0, "close 12.3% below SMA50 \u2212 \"sharp\""),
        new Reason("tiny", Double.MIN_VALUE, -0.0, Phase.COOP, 0.0, "tiny \\ value\nnext line"),
        new Reason("nan", Double.NaN, Double.POSITIVE_INFINITY, Phase.FORGIVE, 0.5, "unknown \u00e9t\u00e9"),
        new Reason("huge", -Double.MAX_VALUE, Double.NEGATIVE_INFINITY, Phase.DEFECT, 0.1 + 0.2, "huge"));
    return new Rationale(reasons, phase + " since 2020-01-02, confidence 0.73: close 12.3% below SMA50 \u2014 \"ok\"");
  }

  /** Signals including every awkward double. */
  public static Map<String, Double> awkwardSignals() {
    Map<String, Double> signals = new LinkedHashMap<>();
    signals.put("close", 123.456);
    signals.put("minus_zero", -0.0);
    signals.put("tiny", 1e-300);
    signals.put("big", 1e23);
    signals.put("sum", 0.1 + 0.2);
    signals.put("nan", Double.NaN);
    signals.put("inf", Double.POSITIVE_INFINITY);
    return signals;
  }

  /** A state of {@code asset} entered on day {@code since} and read on day {@code asOf}. */
  public static PhaseState state(AssetId asset, Phase phase, double confidence, int since, int asOf) {
    return new PhaseState(asset, phase, confidence, awkwardRationale(phase), awkwardSignals(), day(asOf), day(since),
        asOf - since + 1);
  }

  /** A change of {@code asset} from {@code from} (null for the first phase) to {@code to} on day {@code day}. */
  public static PhaseTransition transition(AssetId asset, Phase from, Phase to, int day) {
    return new PhaseTransition(asset, from, to, 0.25 + day % 7 / 10.0, awkwardRationale(to), day(day));
  }

  /** An outbox event of {@code transition} with a fresh id. */
  public static PhaseEvent event(PhaseTransition transition, String symbol, Interval interval, Instant recordedAt) {
    return new PhaseEvent(UUID.randomUUID(), transition.asset(), symbol, interval, transition, recordedAt);
  }
}
