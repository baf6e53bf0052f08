package io.phasewise.application.pipeline.service;

import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.pipeline.step.PipelineStep;
import io.phasewise.application.pipeline.step.StepReport;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.shared.Ticker;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the pipeline's list of steps, in order, over the assets Phasewise analyses (active and
 * supported, listed once at the start so every step sees the same ones), and records the run in one
 * transaction: each asset's result of each per-asset step, and each step's result for the whole run.
 *
 * <p>A step that fails as a whole (an outage, a bug) does not stop the others: its run-wide result
 * names the failure, as does the result of every asset it left without one. An asset failing in one
 * step still goes through the later ones. Runs never overlap, not even runs of different processes on
 * the same store ({@link RunLockPort}): a run asked for while one is going is a conflict, not a queue.
 */
public final class RunPipelineService implements RunPipelineUseCase {
  private final LoadAssetsPort assets;
  private final List<PipelineStep> steps;
  private final PipelineRunsPort runs;
  private final RunLockPort runLock;
  private final TransactionPort tx;
  private final Clock clock;
  private final Ticker ticker;

  /** A pipeline of {@code steps}, run in this order; with unique names, none reading what a later one writes. */
  public RunPipelineService(LoadAssetsPort assets, List<PipelineStep> steps, PipelineRunsPort runs,
      RunLockPort runLock, TransactionPort tx, Clock clock, Ticker ticker) {
    this.assets = Objects.requireNonNull(assets, "assets");
    this.steps = PipelineSteps.check(steps);
    this.runs = Objects.requireNonNull(runs, "runs");
    this.runLock = Objects.requireNonNull(runLock, "runLock");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  @Override
  public Either<Failure, PipelineRun> run(PipelineTrigger trigger, Interval interval) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(interval, "interval");
    return runLock.whileHeld(() -> runNow(trigger, interval))
        .<Either<Failure, PipelineRun>>map(Either::right)
        .orElseGet(() -> Either.left(new Failure.Conflict("a pipeline run is already in progress")));
  }

  private PipelineRun runNow(PipelineTrigger trigger, Interval interval) {
    Instant started = clock.instant();
    List<Asset> analysed = assets.listAnalysed();
    List<AssetId> ids = analysed.stream().map(Asset::id).toList();
    Map<String, StepResult> runWide = new LinkedHashMap<>();
    Map<AssetId, Map<String, StepResult>> byAsset = new LinkedHashMap<>();
    ids.forEach(id -> byAsset.put(id, new LinkedHashMap<>()));
    for (PipelineStep step : steps) {
      long stepStarted = ticker.nanos();
      StepReport report = runStep(step, ids, interval);
      Duration took = Duration.ofNanos(ticker.nanos() - stepStarted);
      runWide.put(step.name(), new StepResult(report.run(), report.failure(), took));
      if (step.reads().perAsset()) PipelineSteps.perAsset(step.name(), report, byAsset);
    }
    List<PipelineAssetOutcome> outcomes = analysed.stream()
        .map(a -> new PipelineAssetOutcome(a.id(), a.symbol(), byAsset.get(a.id()))).toList();
    Instant finished = clock.instant();
    return tx.inTransaction(() -> runs.record(trigger, interval, started, finished, outcomes, runWide));
  }

  private static StepReport runStep(PipelineStep step, List<AssetId> ids, Interval interval) {
    try {
      return step.run(ids, interval);
    } catch (RuntimeException e) {
      return StepReport.failedAfter(StepOutcome.NONE, e);
    }
  }
}
