package io.phasewise.application.testing;

import io.phasewise.application.alert.model.OutboxEvent;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.phase.PhasePorts;
import io.phasewise.application.phase.PhaseUseCases;
import io.phasewise.application.phase.port.out.PhaseRecording;
import io.phasewise.application.phase.port.out.SavePhasesPort;
import io.phasewise.application.pipeline.PipelinePorts;
import io.phasewise.application.pipeline.PipelineUseCases;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.snapshot.port.in.RecomputeResult;
import io.phasewise.application.snapshot.port.in.RecomputeSnapshotsUseCase;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.sentiment.SentimentWeights;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * The pipeline use cases wired by its {@code wire} on an {@link InMemoryMarket} and the webhook fakes, as the server wires
 * them on PostgreSQL: phase events recorded by a run land in the webhook outbox, which the run's
 * webhook round then fans out and delivers. A test can hold the next run at its start.
 */
public final class InMemoryPipeline {
  public final InMemoryPipelineRuns runs = new InMemoryPipelineRuns();
  /** The run lock, as shared by every process on the same store. */
  public final InMemoryRunLock runLock = new InMemoryRunLock();
  /** The phases as the pipeline computes them: recorded in the market's phase store, events also in the outbox. */
  public final PhaseUseCases phases;
  public final PipelineUseCases useCases;
  private final AtomicReference<Hold> nextHold = new AtomicReference<>();

  /** Over {@code webhooks}' outbox and dispatcher. */
  public InMemoryPipeline(InMemoryMarket market, InMemoryWebhooks webhooks) {
    this(market, webhooks.outbox, webhooks.useCases.dispatch());
  }

  /** Writing phase events to {@code outbox} and running the webhook round through {@code dispatch}, e.g. one that fails. */
  public InMemoryPipeline(InMemoryMarket market, InMemoryWebhookOutbox outbox, DispatchWebhooksUseCase dispatch) {
    InMemoryPhaseStore store = market.phases.store;
    phases = PhaseUseCases.wire(new PhasePorts(store, new OutboxWritingPhases(store, outbox), market.tx), market.ports,
        market.phases.sentiment, market.infra, SentimentWeights.defaults());
    useCases = PipelineUseCases.wire(new PipelinePorts(runs, runLock, market.tx), market.ports,
        new HoldingSnapshots(market.snapshotUseCases.recompute(), nextHold), phases.recompute(), dispatch, market.infra);
  }

  /** Makes the next run stop before its snapshot step until the hold is released. */
  public Hold holdNextRun() {
    Hold hold = new Hold();
    if (!nextHold.compareAndSet(null, hold)) throw new IllegalStateException("a hold is already set");
    return hold;
  }

  /** A run stopped before its snapshot step: wait until it got there, then let it go on. */
  public static final class Hold {
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Waits until the held run has started, at most 10 seconds. */
    public void awaitHeld() throws InterruptedException {
      if (!reached.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("no run reached the hold within 10 s");
    }

    public void release() {
      released.countDown();
    }

    void hold() {
      reached.countDown();
      try {
        if (!released.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("the hold was not released within 10 s");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while held", e);
      }
    }
  }

  /** The snapshot use case, stopping the first list recompute after a hold was set until it is released. */
  private record HoldingSnapshots(RecomputeSnapshotsUseCase snapshots, AtomicReference<Hold> nextHold)
      implements RecomputeSnapshotsUseCase {

    @Override
    public BatchReport<RecomputeResult> recompute(List<AssetId> assets, Interval interval,
        BatchProgress<RecomputeResult> progress) {
      Hold hold = nextHold.getAndSet(null);
      if (hold != null) hold.hold();
      return snapshots.recompute(assets, interval, progress);
    }

    @Override
    public Either<Failure, RecomputeResult> recompute(AssetId asset, Interval interval) {
      return snapshots.recompute(asset, interval);
    }

    @Override
    public Either<Failure, RecomputeResult> recomputeFrom(AssetId asset, Interval interval, Instant changedFrom) {
      return snapshots.recomputeFrom(asset, interval, changedFrom);
    }

    @Override
    public Either<Failure, RecomputeResult> rebuild(AssetId asset, Interval interval) {
      return snapshots.rebuild(asset, interval);
    }

    @Override
    public Either<Failure, BatchReport<RecomputeResult>> recomputeUniverse(Interval interval, boolean rebuild,
        BatchProgress<RecomputeResult> progress) {
      return snapshots.recomputeUniverse(interval, rebuild, progress);
    }
  }

  /**
   * Records phases in the phase store and appends the events it kept to the webhook outbox, as the
   * database does with its one outbox table.
   */
  private record OutboxWritingPhases(InMemoryPhaseStore store, InMemoryWebhookOutbox outbox) implements SavePhasesPort {
    @Override
    public int record(PhaseRecording recording) {
      int inserted = store.record(recording);
      Set<UUID> kept = store.events(recording.asset(), recording.interval()).stream().map(PhaseEvent::id)
          .collect(Collectors.toSet());
      recording.events().stream().filter(e -> kept.contains(e.id())).forEach(e -> outbox.append(outboxEvent(e)));
      return inserted;
    }

    private static OutboxEvent outboxEvent(PhaseEvent e) {
      String payload = "{\"type\":\"phase.transition\",\"id\":\"" + e.id() + "\",\"asset\":" + e.asset().value()
          + ",\"symbol\":\"" + e.symbol() + "\",\"to\":\"" + e.transition().to().code() + "\"}";
      return new OutboxEvent(e.id(), e.asset(), e.interval(), e.transition().from(), e.transition().to(),
          e.transition().changedAt(), payload, e.recordedAt());
    }
  }
}
