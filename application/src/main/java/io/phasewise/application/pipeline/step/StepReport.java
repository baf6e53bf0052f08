package io.phasewise.application.pipeline.step;

import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.shared.AssetResult;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.shared.PortUnavailableException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a step reports to the pipeline: its per-asset results (none for a run-wide step), what it did
 * for the whole run, and why it failed as a whole if it did.
 */
public record StepReport(List<AssetResult<StepOutcome>> assets, StepOutcome run, Optional<String> failure) {

  public StepReport {
    assets = List.copyOf(assets);
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(failure, "failure");
  }

  /** A per-asset step's results; the run's counters are theirs added up. */
  public static StepReport perAsset(BatchReport<StepOutcome> batch) {
    List<StepOutcome> succeeded = batch.assets().stream().filter(AssetResult::succeeded).map(a -> a.outcome().get()).toList();
    return new StepReport(batch.assets(), StepOutcome.total(succeeded), Optional.empty());
  }

  /** A run-wide step that did {@code run}. */
  public static StepReport ofRun(StepOutcome run) {
    return new StepReport(List.of(), run, Optional.empty());
  }

  /** A step that did {@code run} and then failed with {@code e}. */
  public static StepReport failedAfter(StepOutcome run, RuntimeException e) {
    return new StepReport(List.of(), run, Optional.of(describe(e)));
  }

  /** What a failure that escaped a whole step says: an outage as reported, anything else as a failure. */
  private static String describe(RuntimeException e) {
    if (e instanceof PortUnavailableException) return e.getMessage();
    return "failed: " + e;
  }
}
