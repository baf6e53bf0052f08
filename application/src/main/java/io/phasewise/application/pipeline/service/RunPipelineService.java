package io.phasewise.application.pipeline.service;

import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.market.port.out.LoadAssetsPort;
import io.phasewise.application.phase.port.in.AssetPhaseRecompute;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.WebhookRound;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.snapshot.port.in.AssetRecompute;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.domain.market.Asset;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the pipeline in three steps over the assets Phasewise analyses (active and supported, listed
 * once at the start so both steps see the same ones): the snapshots of new bars (incremental), the
 * phases (a replay per asset that reads the sentiment meter of each bar and writes only what changed,
 * with outbox events for new transitions), then one webhook round. Each step works asset by asset in
 * parallel with a result per asset; this service joins the two results of each asset into its outcome
 * and records the run in one transaction.
 *
 * <p>A step that fails as a whole (an outage, a bug) does not stop the others: it is named in the
 * run's {@code failure}, and in the outcome of every asset it left without a result. Runs of one
 * service never overlap: a run asked for while one is going is a conflict, not a queue.
 */
public final class RunPipelineService implements RunPipelineUseCase {
  private final LoadAssetsPort assets;
  private final RecomputeSnapshotsUseCase snapshots;
  private final RecomputePhasesUseCase phases;
  private final DispatchWebhooksUseCase webhooks;
  private final PipelineRunsPort runs;
  private final TransactionPort tx;
  private final Clock clock;
  private final AtomicBoolean running = new AtomicBoolean();

  public RunPipelineService(LoadAssetsPort assets, RecomputeSnapshotsUseCase snapshots, RecomputePhasesUseCase phases,
      DispatchWebhooksUseCase webhooks, PipelineRunsPort runs, TransactionPort tx, Clock clock) {
    this.assets = Objects.requireNonNull(assets, "assets");
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.phases = Objects.requireNonNull(phases, "phases");
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
    this.runs = Objects.requireNonNull(runs, "runs");
    this.tx = Objects.requireNonNull(tx, "tx");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Either<Failure, PipelineRun> run(PipelineTrigger trigger, Interval interval) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(interval, "interval");
    if (!running.compareAndSet(false, true)) return Either.left(new Failure.Conflict("a pipeline run is already in progress"));
    try {
      return Either.right(runNow(trigger, interval));
    } finally {
      running.set(false);
    }
  }

  private PipelineRun runNow(PipelineTrigger trigger, Interval interval) {
    Instant started = clock.instant();
    List<Asset> analysed = assets.listAnalysed();
    List<AssetId> ids = analysed.stream().map(Asset::id).toList();
    List<String> stepFailures = new ArrayList<>();
    Step<AssetRecompute> snapshotStep = Step.run("snapshots", stepFailures,
        () -> snapshots.recompute(ids, interval, RecomputeSnapshotsUseCase.Progress.NONE).assets(), AssetRecompute::asset);
    Step<AssetPhaseRecompute> phaseStep = Step.run("phases", stepFailures,
        () -> phases.recompute(ids, interval, RecomputePhasesUseCase.Progress.NONE).assets(), AssetPhaseRecompute::asset);
    WebhookRound round = webhookRound(stepFailures);
    List<PipelineAssetOutcome> outcomes = analysed.stream().map(a -> outcome(a, snapshotStep, phaseStep)).toList();
    Instant finished = clock.instant();
    String failure = stepFailures.isEmpty() ? null : String.join("; ", stepFailures);
    return tx.inTransaction(() -> runs.record(trigger, interval, started, finished, outcomes, round, failure));
  }

  /** Fan-out, then the deliveries due; what got done before a failure is kept, the failure named. */
  private WebhookRound webhookRound(List<String> stepFailures) {
    DispatchWebhooksUseCase.FanOutReport fanOut = new DispatchWebhooksUseCase.FanOutReport(0, 0);
    DispatchWebhooksUseCase.DeliveryReport delivery = new DispatchWebhooksUseCase.DeliveryReport(0, 0, 0, 0);
    try {
      fanOut = webhooks.fanOut();
      delivery = webhooks.deliverDue(clock.instant());
    } catch (RuntimeException e) {
      stepFailures.add("webhooks: " + describe(e));
    }
    return new WebhookRound(fanOut.events(), fanOut.deliveries(), delivery.attempted(), delivery.delivered(),
        delivery.retrying(), delivery.failed());
  }

  private static PipelineAssetOutcome outcome(Asset asset, Step<AssetRecompute> snapshotStep,
      Step<AssetPhaseRecompute> phaseStep) {
    Either<String, RecomputeResult> snapshot = snapshotStep.of(asset.id(), AssetRecompute::outcome);
    Either<String, PhaseRecomputeResult> phased = phaseStep.of(asset.id(), AssetPhaseRecompute::outcome);
    List<String> failures = new ArrayList<>();
    snapshot.peekLeft(failures::add);
    phased.peekLeft(failures::add);
    return new PipelineAssetOutcome(asset.id(), asset.symbol(),
        snapshot.map(r -> r.written().inserted() + r.written().updated()).getOrElse(0L),
        phased.toJavaOptional().flatMap(r -> r.state().map(PhaseBrief::of)),
        phased.map(PhaseRecomputeResult::transitionsWritten).getOrElse(0),
        phased.map(PhaseRecomputeResult::eventsEmitted).getOrElse(0), failures);
  }

  /** What a failure that escaped a whole step says: an outage as reported, anything else as a failure. */
  private static String describe(RuntimeException e) {
    if (e instanceof PortUnavailableException) return e.getMessage();
    return "failed: " + e;
  }

  /** One step's results by asset, or why the step failed as a whole. */
  private record Step<T>(String name, Map<AssetId, T> byAsset, String failure) {

    static <T> Step<T> run(String name, List<String> stepFailures, Supplier<List<T>> work, Function<T, AssetId> asset) {
      try {
        Map<AssetId, T> byAsset = new HashMap<>();
        for (T result : work.get()) byAsset.put(asset.apply(result), result);
        return new Step<>(name, byAsset, null);
      } catch (RuntimeException e) {
        String failure = name + ": " + describe(e);
        stepFailures.add(failure);
        return new Step<>(name, Map.of(), failure);
      }
    }

    /**
     * The asset's result, or what to say in its outcome: why the step failed, that it has no result
     * for the asset, or the asset's own failure, each after the step's name.
     */
    <R> Either<String, R> of(AssetId asset, Function<T, Either<Failure, R>> outcome) {
      if (failure != null) return Either.left(failure);
      T result = byAsset.get(asset);
      if (result == null) return Either.left(name + ": no result for asset " + asset);
      return outcome.apply(result).mapLeft(f -> name + ": " + f.message());
    }
  }
}
