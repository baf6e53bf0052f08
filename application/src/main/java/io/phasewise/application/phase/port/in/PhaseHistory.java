package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The phase timeline of an asset over {@code [from, to)}, for a chart: the transitions decided in the
 * range, the stays in each phase clipped to the range, and the closing prices of the bars opening in it.
 * A transition's {@code changedAt} is the end time of the bar that decided it; a price's time is the
 * bar's open time.
 *
 * @param current the asset's current phase
 * @param spans the phase in effect from one transition to the next, clipped to the range and to the
 *     current state's {@code asOf} (a phase is not known beyond it), oldest first
 */
public record PhaseHistory(AssetId asset, Interval interval, Instant from, Instant to, PhaseState current,
    List<PhaseTransition> transitions, List<Span> spans, List<Price> prices) {

  public PhaseHistory {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(current, "current");
    transitions = List.copyOf(transitions);
    spans = List.copyOf(spans);
    prices = List.copyOf(prices);
  }

  /** A stay in one phase over {@code [from, to)}. */
  public record Span(Phase phase, Instant from, Instant to) {
    public Span {
      Objects.requireNonNull(phase, "phase");
      if (!from.isBefore(to)) throw new IllegalArgumentException("a span must end after it starts: " + from + " .. " + to);
    }
  }

  /** The close of the bar opening at {@code time}. */
  public record Price(Instant time, double close) {
    public Price {
      Objects.requireNonNull(time, "time");
    }
  }
}
