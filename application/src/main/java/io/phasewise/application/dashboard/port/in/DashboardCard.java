package io.phasewise.application.dashboard.port.in;

import io.phasewise.domain.market.Asset;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.util.Objects;
import java.util.Optional;

/**
 * A dashboard card: a watched asset at its display position, its current phase (empty until one was
 * computed) and the snapshots of its latest bar (empty until computed).
 */
public record DashboardCard(int position, Asset asset, Optional<PhaseState> phase, Optional<SnapshotSet> latest) {
  public DashboardCard {
    if (position < 0) throw new IllegalArgumentException("position must not be negative: " + position);
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(latest, "latest");
  }
}
