package io.phasewise.application.phase.port.in;

import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.phase.PhaseState;
import java.util.List;

/** The current phases of the requested assets in request order, and the assets without a computed phase. */
public record CurrentPhases(List<PhaseState> phases, List<AssetId> withoutPhase) {
  public CurrentPhases {
    phases = List.copyOf(phases);
    withoutPhase = List.copyOf(withoutPhase);
  }
}
