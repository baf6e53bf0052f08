package io.phasewise.application.pipeline.step;

import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Step {@code phases}: the replay of each asset's phases from its candles (with each bar's sentiment
 * meter), counting the {@code transitions} written and the {@code events} emitted, with the phase after it.
 */
public final class PhasesStep implements PipelineStep {
  private final RecomputePhasesUseCase phases;

  public PhasesStep(RecomputePhasesUseCase phases) {
    this.phases = Objects.requireNonNull(phases, "phases");
  }

  @Override
  public String name() {
    return "phases";
  }

  @Override
  public StepData reads() {
    return StepData.CANDLES;
  }

  @Override
  public Optional<StepData> writes() {
    return Optional.of(StepData.PHASE_EVENTS);
  }

  @Override
  public StepReport run(List<AssetId> assets, Interval interval) {
    return StepReport.perAsset(phases.recompute(assets, interval, BatchProgress.none()).map(PhasesStep::outcome));
  }

  private static StepOutcome outcome(PhaseRecomputeResult r) {
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("transitions", (long) r.transitionsWritten());
    counters.put("events", (long) r.eventsEmitted());
    return new StepOutcome(counters, r.state().map(PhaseBrief::of));
  }
}
