package io.phasewise.application.pipeline.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.alert.port.in.CreateWebhookCommand;
import io.phasewise.application.alert.port.in.DispatchWebhooksUseCase;
import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.market.port.in.UpdateAssetCommand;
import io.phasewise.application.phase.port.in.PhaseRecomputeResult;
import io.phasewise.application.phase.port.in.RecomputePhasesUseCase;
import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.pipeline.step.PhasesStep;
import io.phasewise.application.pipeline.step.SnapshotsStep;
import io.phasewise.application.pipeline.step.WebhooksStep;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.BatchReport;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.PortUnavailableException;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryPipeline;
import io.phasewise.application.testing.InMemoryRunLock;
import io.phasewise.application.testing.InMemoryPipelineRuns;
import io.phasewise.application.testing.InMemoryWebhooks;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.account.UserId;
import io.phasewise.domain.alert.WebhookRequest;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.PhaseEvent;
import io.phasewise.domain.phase.PhaseTransition;
import io.phasewise.domain.shared.Failure;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunPipelineServiceTest {
  private static final Instant T0 = Instant.parse("2030-01-01T06:00:00Z");
  private static final String URL = "https://hooks.example.com/phasewise";

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryMarket market = new InMemoryMarket(clock);
  private final InMemoryWebhooks webhooks = new InMemoryWebhooks(market);
  private final InMemoryPipeline pipeline = new InMemoryPipeline(market, webhooks);

  private AssetId withBars(String symbol, List<Candle> bars) {
    AssetId asset = market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK)))
        .get().id();
    market.candles.saveAll(asset, Interval.D1, bars);
    return asset;
  }

  private PipelineRun run(PipelineTrigger trigger) {
    clock.advance(Duration.ofMinutes(15));
    return pipeline.useCases.run().run(trigger, Interval.D1).get();
  }

  private List<PhaseTransition> transitions(AssetId asset) {
    return market.phases.store.transitions(asset, Interval.D1, TimeBounds.BEGINNING, TimeBounds.END);
  }

  @Test
  void a_run_records_one_outcome_per_analysed_asset_and_a_broken_asset_fails_alone_naming_each_step() {
    AssetId good = withBars("GOOD", PhaseWalks.regimes(1, 600));
    AssetId bad = withBars("BAD", PhaseWalks.withZeroBar(PhaseWalks.regimes(2, 400), 200));
    AssetId retired = withBars("RETIRED", PhaseWalks.regimes(3, 300));
    market.useCases.updateAsset().update(new UpdateAssetCommand(retired, new AssetProfile("RETIRED", "RETIRED", AssetType.STOCK, null, null,
        null, null, null, null, null, null, false, true, null))).get();

    PipelineRun run = run(PipelineTrigger.SCHEDULE);

    assertThat(run.trigger()).isEqualTo(PipelineTrigger.SCHEDULE);
    assertThat(run.interval()).isEqualTo(Interval.D1);
    assertThat(run.startedAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
    assertThat(run.outcomes()).as("the retired asset is not analysed").extracting(PipelineAssetOutcome::asset)
        .containsExactly(good, bad);
    PipelineAssetOutcome goodOutcome = run.outcomes().get(0);
    assertThat(goodOutcome.symbol()).isEqualTo("GOOD");
    assertThat(goodOutcome.succeeded()).isTrue();
    assertThat(goodOutcome.counter("snapshots", "written")).isEqualTo(600);
    assertThat(goodOutcome.counter("phases", "transitions")).isPositive().isEqualTo(transitions(good).size());
    assertThat(goodOutcome.counter("phases", "events")).as("a first computation is history, not news").isZero();
    PhaseBrief phase = goodOutcome.phase().orElseThrow();
    var state = market.phases.store.current(good, Interval.D1).orElseThrow();
    assertThat(phase).isEqualTo(PhaseBrief.of(state));
    assertThat(phase.asOf()).isEqualTo(PhaseWalks.START.plusSeconds(86_400L * 600));

    PipelineAssetOutcome badOutcome = run.outcomes().get(1);
    assertThat(badOutcome.succeeded()).isFalse();
    assertThat(badOutcome.failures()).hasSize(2);
    assertThat(badOutcome.failures().get(0)).startsWith("snapshots: ").contains("BAD 1d");
    assertThat(badOutcome.failures().get(1)).startsWith("phases: ").contains("BAD 1d");
    assertThat(badOutcome.counter("snapshots", "written")).isZero();
    assertThat(badOutcome.phase()).isEmpty();
    assertThat(run.assetsFailed()).isEqualTo(1);
    assertThat(run.failure()).isNull();
    assertThat(webhooks(run)).isEqualTo(round(0, 0, 0, 0, 0, 0));
    assertThat(run.counter("phases", "transitions")).isEqualTo(goodOutcome.counter("phases", "transitions"));
    assertThat(run.steps()).containsOnlyKeys("snapshots", "phases", "webhooks").allSatisfy((name, step) -> assertThat(step.ok()).isTrue());
    assertThat(market.snapshots.lastBarTime(retired, Interval.D1)).as("not analysed, not computed").isEmpty();
    assertThat(market.phases.store.current(retired, Interval.D1)).isEmpty();
    assertThat(pipeline.useCases.runs().run(run.id()).get()).isEqualTo(run);
  }

  @Test
  void a_second_run_right_after_writes_nothing_and_runs_list_newest_first() {
    AssetId asset = withBars("TWICE", PhaseWalks.regimes(4, 700));
    PipelineRun first = run(PipelineTrigger.SCHEDULE);

    PipelineRun second = run(PipelineTrigger.ON_DEMAND);

    PipelineAssetOutcome again = second.outcomes().get(0);
    assertThat(again.asset()).isEqualTo(asset);
    assertThat(again.succeeded()).isTrue();
    assertThat(again.counter("snapshots", "written")).isZero();
    assertThat(again.counter("phases", "transitions")).isZero();
    assertThat(again.counter("phases", "events")).isZero();
    assertThat(again.phase()).isEqualTo(first.outcomes().get(0).phase());
    var page = pipeline.useCases.runs().runs(PageRequest.first(10));
    assertThat(page.items()).containsExactly(second, first);
    assertThat(page.total()).isEqualTo(2);
    assertThat(pipeline.useCases.runs().runs(new PageRequest(1, 10)).items()).containsExactly(first);
    assertThat(pipeline.useCases.runs().run(99).getLeft()).isEqualTo(new Failure.NotFound("pipeline run", "99"));
  }

  @Test
  void a_new_transition_after_new_candles_is_emitted_fanned_out_and_delivered_in_the_same_run() {
    webhooks.resolver.register("hooks.example.com", "203.0.113.10");
    webhooks.useCases.manage().create(new CreateWebhookCommand(new UserId(UUID.randomUUID()), URL, "pipeline", List.of(), List.of())).get();
    List<Candle> all = PhaseWalks.regimes(3, 2_000);
    AssetId asset = withBars("GROW", all.subList(0, 1_200));
    PipelineRun first = run(PipelineTrigger.SCHEDULE);
    assertThat(webhooks(first)).isEqualTo(round(0, 0, 0, 0, 0, 0));
    int before = transitions(asset).size();

    market.candles.saveAll(asset, Interval.D1, all.subList(1_200, 2_000));
    PipelineRun grown = run(PipelineTrigger.SCHEDULE);

    PipelineAssetOutcome outcome = grown.outcomes().get(0);
    int added = transitions(asset).size() - before;
    assertThat(added).isPositive();
    assertThat(outcome.counter("snapshots", "written")).isEqualTo(800);
    assertThat(outcome.counter("phases", "transitions")).isEqualTo(added);
    assertThat(outcome.counter("phases", "events")).isEqualTo(added);
    assertThat(webhooks(grown)).isEqualTo(round(added, added, added, added, 0, 0));
    List<PhaseEvent> events = market.phases.store.events(asset, Interval.D1);
    assertThat(webhooks.sender.requests()).allSatisfy(r -> assertThat(r.url()).hasToString(URL));
    List<String> bodies = webhooks.sender.requests().stream().map(WebhookRequest::body).toList();
    assertThat(bodies).hasSize(added).allSatisfy(body -> assertThat(body).contains("\"symbol\":\"GROW\""));
    assertThat(events).hasSize(added)
        .allSatisfy(e -> assertThat(bodies).filteredOn(b -> b.contains(e.id().toString())).hasSize(1));
    assertThat(grown.failure()).isNull();
  }

  @Test
  void a_run_asked_for_while_one_is_going_is_a_conflict_and_the_next_one_runs() throws Exception {
    withBars("HELD", PhaseWalks.regimes(5, 300));
    InMemoryPipeline.Hold hold = pipeline.holdNextRun();
    CompletableFuture<Either<Failure, PipelineRun>> held =
        CompletableFuture.supplyAsync(() -> pipeline.useCases.run().run(PipelineTrigger.SCHEDULE, Interval.D1));
    hold.awaitHeld();

    Either<Failure, PipelineRun> refused = pipeline.useCases.run().run(PipelineTrigger.ON_DEMAND, Interval.D1);

    assertThat(refused.getLeft()).isEqualTo(new Failure.Conflict("a pipeline run is already in progress"));
    hold.release();
    PipelineRun finished = held.get(10, TimeUnit.SECONDS).get();
    assertThat(finished.trigger()).isEqualTo(PipelineTrigger.SCHEDULE);
    assertThat(finished.outcomes()).hasSize(1);
    assertThat(pipeline.useCases.run().run(PipelineTrigger.ON_DEMAND, Interval.D1).isRight()).as("free again").isTrue();
    assertThat(pipeline.useCases.runs().runs(PageRequest.first(10)).total()).isEqualTo(2);
  }

  @Test
  void a_run_asked_for_while_another_process_holds_the_run_lock_is_a_conflict() {
    withBars("ELSE", PhaseWalks.regimes(4, 300));
    RunLockPort.Lease otherProcess = pipeline.runLock.tryAcquire().orElseThrow();

    Either<Failure, PipelineRun> refused = pipeline.useCases.run().run(PipelineTrigger.ON_DEMAND, Interval.D1);

    assertThat(refused.getLeft()).isEqualTo(new Failure.Conflict("a pipeline run is already in progress"));
    assertThat(pipeline.runs.count()).isZero();
    otherProcess.close();
    assertThat(pipeline.useCases.run().run(PipelineTrigger.ON_DEMAND, Interval.D1).isRight()).as("free again").isTrue();
  }

  @Test
  void a_webhook_outage_is_recorded_as_the_runs_failure_with_the_asset_outcomes_intact() {
    AssetId asset = withBars("OUT", PhaseWalks.regimes(6, 500));
    InMemoryPipeline down = new InMemoryPipeline(market, webhooks.outbox,
        failingWebhooks(null, new PortUnavailableException("webhook outbox unreachable", null)));

    PipelineRun run = down.useCases.run().run(PipelineTrigger.SCHEDULE, Interval.D1).get();

    assertThat(run.failure()).isEqualTo("webhooks: webhook outbox unreachable");
    assertThat(webhooks(run)).isEqualTo(round(0, 0, 0, 0, 0, 0));
    assertThat(run.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.asset()).isEqualTo(asset);
      assertThat(o.succeeded()).isTrue();
      assertThat(o.counter("snapshots", "written")).isEqualTo(500);
      assertThat(o.phase()).isPresent();
    });
    assertThat(down.useCases.runs().run(run.id()).get()).isEqualTo(run);
  }

  @Test
  void a_delivery_failure_after_the_fan_out_keeps_the_fan_out_counts_and_names_the_bug() {
    withBars("HALF", PhaseWalks.regimes(7, 300));
    InMemoryPipeline half = new InMemoryPipeline(market, webhooks.outbox,
        failingWebhooks(new DispatchWebhooksUseCase.FanOutReport(2, 5), new IllegalStateException("boom")));

    PipelineRun run = half.useCases.run().run(PipelineTrigger.SCHEDULE, Interval.D1).get();

    assertThat(webhooks(run)).isEqualTo(round(2, 5, 0, 0, 0, 0));
    assertThat(run.failure()).isEqualTo("webhooks: failed: java.lang.IllegalStateException: boom");
    assertThat(run.assetsFailed()).isZero();
  }

  @Test
  void a_step_failing_as_a_whole_fails_every_asset_in_that_step_only_and_is_named_in_the_run() {
    AssetId asset = withBars("STEP", PhaseWalks.regimes(8, 300));
    InMemoryPipelineRuns runs = new InMemoryPipelineRuns();
    RunPipelineService service = new RunPipelineService(market.assets, List.of(new SnapshotsStep(market.snapshotUseCases.recompute()),
        new PhasesStep(failingPhases(new PortUnavailableException("phase store unreachable", null))),
        new WebhooksStep(webhooks.useCases.dispatch(), clock)), runs, new InMemoryRunLock(), market.tx, clock, System::nanoTime);

    PipelineRun run = service.run(PipelineTrigger.ON_DEMAND, Interval.D1).get();

    assertThat(run.failure()).isEqualTo("phases: phase store unreachable");
    assertThat(run.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.asset()).isEqualTo(asset);
      assertThat(o.counter("snapshots", "written")).as("the snapshot step ran").isEqualTo(300);
      assertThat(o.failures()).containsExactly("phases: phase store unreachable");
      assertThat(o.phase()).isEmpty();
    });
    assertThat(runs.find(run.id())).contains(run);
  }

  @Test
  void when_the_run_cannot_be_recorded_the_outage_is_thrown_and_the_next_run_is_not_refused() {
    withBars("LOG", PhaseWalks.regimes(9, 300));
    InMemoryPipelineRuns log = new InMemoryPipelineRuns();
    boolean[] down = {true};
    PipelineRunsPort flaky = new PipelineRunsPort() {
      @Override
      public PipelineRun record(PipelineTrigger trigger, Interval interval, Instant startedAt, Instant finishedAt,
          List<PipelineAssetOutcome> outcomes, Map<String, StepResult> steps) {
        if (down[0]) throw new PortUnavailableException("run log unreachable", null);
        return log.record(trigger, interval, startedAt, finishedAt, outcomes, steps);
      }

      @Override
      public List<PipelineRun> newestFirst(long offset, int limit) {
        return log.newestFirst(offset, limit);
      }

      @Override
      public long count() {
        return log.count();
      }

      @Override
      public Optional<PipelineRun> find(long id) {
        return log.find(id);
      }
    };
    RunPipelineService service = new RunPipelineService(market.assets, List.of(new SnapshotsStep(market.snapshotUseCases.recompute()),
        new PhasesStep(pipeline.phases.recompute()), new WebhooksStep(webhooks.useCases.dispatch(), clock)), flaky, new InMemoryRunLock(), market.tx,
        clock, System::nanoTime);

    assertThatThrownBy(() -> service.run(PipelineTrigger.SCHEDULE, Interval.D1))
        .isInstanceOf(PortUnavailableException.class).hasMessage("run log unreachable");
    down[0] = false;

    assertThat(service.run(PipelineTrigger.SCHEDULE, Interval.D1).get().outcomes().get(0).counter("snapshots", "written"))
        .as("the snapshots of the unrecorded run stay").isZero();
    assertThat(log.count()).isEqualTo(1);
  }

  /** The webhook step's run-wide counters. */
  private static Map<String, Long> webhooks(PipelineRun run) {
    return run.steps().get("webhooks").outcome().counters();
  }

  /** The counters of a webhook round. */
  private static Map<String, Long> round(long events, long deliveries, long attempted, long delivered, long retrying,
      long failed) {
    Map<String, Long> round = new LinkedHashMap<>();
    round.put("events", events);
    round.put("deliveries", deliveries);
    round.put("attempted", attempted);
    round.put("delivered", delivered);
    round.put("retrying", retrying);
    round.put("failed", failed);
    return round;
  }

  /** A webhook dispatcher whose fan-out fails with {@code failure}, or answers {@code fanOut} and then fails delivering. */
  private static DispatchWebhooksUseCase failingWebhooks(DispatchWebhooksUseCase.FanOutReport fanOut,
      RuntimeException failure) {
    return new DispatchWebhooksUseCase() {
      @Override
      public FanOutReport fanOut() {
        if (fanOut == null) throw failure;
        return fanOut;
      }

      @Override
      public DeliveryReport deliverDue(Instant now) {
        throw failure;
      }
    };
  }

  /** A phase use case whose every call fails with {@code failure}. */
  private static RecomputePhasesUseCase failingPhases(RuntimeException failure) {
    return new RecomputePhasesUseCase() {
      @Override
      public Either<Failure, PhaseRecomputeResult> recompute(AssetId asset, Interval interval) {
        throw failure;
      }

      @Override
      public BatchReport<PhaseRecomputeResult> recompute(List<AssetId> assets, Interval interval, BatchProgress<PhaseRecomputeResult> progress) {
        throw failure;
      }

      @Override
      public BatchReport<PhaseRecomputeResult> recomputeAll(Interval interval, BatchProgress<PhaseRecomputeResult> progress) {
        throw failure;
      }
    };
  }
}
