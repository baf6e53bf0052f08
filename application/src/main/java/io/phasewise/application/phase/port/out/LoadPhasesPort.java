package io.phasewise.application.phase.port.out;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.phase.PhaseTransition;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outgoing port: reads the current phase of assets and their recorded transitions. */
public interface LoadPhasesPort {
  /** The current state of {@code asset} on {@code interval}, if a phase was ever computed. */
  Optional<PhaseState> current(AssetId asset, Interval interval);

  /** The current states of those of {@code assets} that have one, by asset, read in one round trip. */
  Map<AssetId, PhaseState> current(Collection<AssetId> assets, Interval interval);

  /** The transitions of {@code asset} with {@code changedAt} within {@code [from, to]}, oldest first. */
  List<PhaseTransition> transitions(AssetId asset, Interval interval, Instant from, Instant to);
}
