package io.phasewise.application.pipeline.step;

import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Step {@code snapshots}: the snapshots of the bars that have none yet, counting the rows {@code written}. */
public final class SnapshotsStep implements PipelineStep {
  private final RecomputeSnapshotsUseCase snapshots;

  public SnapshotsStep(RecomputeSnapshotsUseCase snapshots) {
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
  }

  @Override
  public String name() {
    return "snapshots";
  }

  @Override
  public StepData reads() {
    return StepData.CANDLES;
  }

  @Override
  public Optional<StepData> writes() {
    return Optional.of(StepData.STORED_SNAPSHOTS);
  }

  @Override
  public StepReport run(List<AssetId> assets, Interval interval) {
    return StepReport.perAsset(snapshots.recompute(assets, interval, BatchProgress.none()).map(SnapshotsStep::outcome));
  }

  private static StepOutcome outcome(RecomputeResult r) {
    return StepOutcome.counting(Map.of("written", r.written().inserted() + r.written().updated()));
  }
}
