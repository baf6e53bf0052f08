package io.phasewise.application.pipeline.service;

import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.phase.port.in.AssetPhaseRecompute;
import io.phasewise.application.phase.port.in.PhaseRecomputeProgress;
import io.phasewise.application.phase.port.in.PhaseRecomputeReport;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.pipeline.port.in.PipelineAssetOutcome;
import io.phasewise.application.pipeline.port.in.PipelineRun;
import io.phasewise.application.pipeline.port.in.PipelineTrigger;
import io.phasewise.application.pipeline.port.in.RunPipelineUseCase;
import io.phasewise.application.pipeline.port.in.WebhookRound;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.shared.TransactionPort;
import io.phasewise.application.snapshot.port.in.AssetRecompute;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.application.snapshot.port.in.UniverseProgress;
import io.phasewise.application.snapshot.port.in.UniverseReport;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseState;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the pipeline in three steps over the whole universe — the snapshots of new bars (incremental),
 * the phases (a replay per asset that reads the sentiment meter of each bar and writes only what
 * changed, with outbox events for new transitions), then one webhook round — and records the run with
 * one outcome per asset. Each step already works asset by asset in parallel with a result per asset;
 * this service joins the two per-asset reports by asset.
 */
public final class RunPipelineService implements RunPipelineUseCase {
  private final RecomputeSnapshotsUseCase snapshots;
  private final RecomputePhasesUseCase phases;
  private final DispatchWebhooksUseCase webhooks;
  private final PipelineRunsPort runs;
  private final TransactionPort tx;
  private final Clock clock;
  private final ReentrantLock running = new ReentrantLock();

  public RunPipelineService(RecomputeSnapshotsUseCase snapshots, RecomputePhasesUseCase phases,
      DispatchWebhooksUseCase webhooks, PipelineRunsPort runs, TransactionPort tx, Clock clock) {
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
    if (!running.tryLock()) return Either.left(new Failure.Conflict("a pipeline run is already in progress"));
    try {
      Instant started = clock.instant();
      UniverseReport snapshotReport = snapshots.recomputeUniverse(interval, false, UniverseProgress.NONE);
      PhaseRecomputeReport phaseReport = phases.recomputeAll(interval, PhaseRecomputeProgress.NONE);
      WebhookRound round = WebhookRound.NONE;
      String failure = null;
      try {
        round = webhookRound();
      } catch (PortUnavailableException e) {
        failure = "webhooks: " + e.getMessage();
      }
      List<PipelineAssetOutcome> outcomes = outcomes(snapshotReport, phaseReport);
      Instant finished = clock.instant();
      String webhookFailure = failure;
      WebhookRound webhookRound = round;
      return Either.right(tx.inTransaction(() ->
          runs.record(trigger, interval, started, finished, outcomes, webhookRound, webhookFailure)));
    } finally {
      running.unlock();
    }
  }

  private WebhookRound webhookRound() {
    DispatchWebhooksUseCase.FanOutReport fanOut = webhooks.fanOut();
    DispatchWebhooksUseCase.DeliveryReport delivery = webhooks.deliverDue(clock.instant());
    return new WebhookRound(fanOut.events(), fanOut.deliveries(), delivery.attempted(), delivery.delivered(),
        delivery.retrying(), delivery.failed());
  }

  /** One outcome per asset seen by either step, in asset id order. */
  private static List<PipelineAssetOutcome> outcomes(UniverseReport snapshotReport, PhaseRecomputeReport phaseReport) {
    TreeMap<Long, Joined> byAsset = new TreeMap<>();
    for (AssetRecompute a : snapshotReport.assets()) byAsset.computeIfAbsent(a.asset().value(), id -> new Joined(a.asset())).snapshots = a;
    for (AssetPhaseRecompute a : phaseReport.assets()) byAsset.computeIfAbsent(a.asset().value(), id -> new Joined(a.asset())).phases = a;
    List<PipelineAssetOutcome> outcomes = new ArrayList<>(byAsset.size());
    byAsset.values().forEach(j -> outcomes.add(j.outcome()));
    return outcomes;
  }

  /** The two steps' results for one asset. */
  private static final class Joined {
    final AssetId asset;
    AssetRecompute snapshots;
    AssetPhaseRecompute phases;

    Joined(AssetId asset) {
      this.asset = asset;
    }

    PipelineAssetOutcome outcome() {
      List<String> failures = new ArrayList<>();
      long written = 0;
      if (snapshots != null) {
        if (snapshots.outcome().isLeft()) failures.add("snapshots: " + snapshots.outcome().getLeft().message());
        else {
          RecomputeResult result = snapshots.outcome().get();
          written = result.written().inserted() + result.written().updated();
        }
      }
      PhaseState state = null;
      int transitions = 0;
      int events = 0;
      if (phases != null) {
        if (phases.outcome().isLeft()) failures.add("phases: " + phases.outcome().getLeft().message());
        else {
          PhaseRecomputeResult result = phases.outcome().get();
          state = result.state().orElse(null);
          transitions = result.transitionsWritten();
          events = result.eventsEmitted();
        }
      }
      String symbol = snapshots != null && snapshots.symbol() != null ? snapshots.symbol()
          : phases != null && phases.symbol() != null ? phases.symbol() : asset.toString();
      return new PipelineAssetOutcome(asset, symbol, written, state == null ? null : state.phase(),
          state == null ? 0 : state.confidence(), state == null ? "" : state.rationale().summary(), transitions, events,
          failures);
    }
  }
}
