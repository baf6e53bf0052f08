package io.phasewise.adapters.rest.phase;

import io.phasewise.application.phase.PhaseUseCases;
import java.time.Clock;
import java.util.List;

/** The phase context's resources: an asset's phase and timeline, current phases, recomputes. */
public final class PhaseResources {
  private PhaseResources() {}

  public static List<Object> of(PhaseUseCases phases, Clock clock) {
    return List.of(
        new AssetPhaseResource(phases.query()),
        new PhaseTimelineResource(phases.query(), clock),
        new CurrentPhasesResource(phases.query()),
        new AssetPhaseRecomputeResource(phases.recompute()),
        new UniversePhaseRecomputeResource(phases.recompute()));
  }
}
