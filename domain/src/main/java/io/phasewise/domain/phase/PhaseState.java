package io.phasewise.domain.phase;

import io.phasewise.domain.market.AssetId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The phase of one asset as of a time, with its confidence and rationale.
 *
 * @param asset the asset
 * @param phase its phase
 * @param confidence 0..1, from the agreement and strength of the signals
 * @param rationale the reasons and a one-line summary
 * @param signals the numbers the classifier used, by name (known values only)
 * @param asOf when this state was computed: the end time of the bar it reads last
 * @param since the {@code asOf} of the bar on which the asset entered this phase
 * @param barsInPhase bars spent in this phase, this one included (1 on the bar that entered it)
 */
public record PhaseState(AssetId asset, Phase phase, double confidence, Rationale rationale, Map<String, Double> signals,
    Instant asOf, Instant since, int barsInPhase) {
  public PhaseState {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(since, "since");
    signals = Map.copyOf(signals);
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
    }
    if (barsInPhase < 1) throw new IllegalArgumentException("barsInPhase must be >= 1: " + barsInPhase);
    if (since.isAfter(asOf)) throw new IllegalArgumentException("since " + since + " is after asOf " + asOf);
  }
}
