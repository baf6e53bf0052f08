package io.phasewise.application.pipeline.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.phasewise.application.market.port.in.RegisterAssetCommand;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.step.PhasesStep;
import io.phasewise.application.pipeline.step.PipelineStep;
import io.phasewise.application.pipeline.step.SnapshotsStep;
import io.phasewise.application.pipeline.step.StepData;
import io.phasewise.application.pipeline.step.StepReport;
import io.phasewise.application.pipeline.step.WebhooksStep;
import io.phasewise.application.shared.AssetBatch;
import io.phasewise.application.shared.BatchProgress;
import io.phasewise.application.shared.Ticker;
import io.phasewise.application.testing.InMemoryMarket;
import io.phasewise.application.testing.InMemoryPhases;
import io.phasewise.application.testing.InMemoryRunLock;
import io.phasewise.application.testing.InMemoryPipelineRuns;
import io.phasewise.application.testing.InMemoryWebhooks;
import io.phasewise.application.testing.MutableClock;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.AssetProfile;
import io.phasewise.domain.market.AssetType;
import io.phasewise.domain.market.Interval;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The pipeline runs the list of steps it is given: one more step is one more line, and the list's order is checked. */
class PipelineStepListTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T06:00:00Z"));
  private final InMemoryMarket market = new InMemoryMarket(clock);
  private final InMemoryPhases phases = new InMemoryPhases(market);
  private final InMemoryWebhooks webhooks = new InMemoryWebhooks(market);
  private final InMemoryPipelineRuns runs = new InMemoryPipelineRuns();
  private final AtomicLong nanos = new AtomicLong();
  /** A ticker that moves 2 ms on each reading. */
  private final Ticker ticker = () -> nanos.addAndGet(2_000_000);

  /** A per-asset step reading the snapshots the snapshot step stored: 1 when the asset has any, else 0. */
  private final PipelineStep stored = new PipelineStep() {
    @Override
    public String name() {
      return "stored";
    }

    @Override
    public StepData reads() {
      return StepData.STORED_SNAPSHOTS;
    }

    @Override
    public StepReport run(List<AssetId> assets, Interval interval) {
      return StepReport.perAsset(new AssetBatch(1, ticker).forIds("stored", assets, market.assets::findById,
          asset -> Either.right(StepOutcome.counting(
              Map.of("assets", market.snapshots.lastBarTime(asset.id(), interval).isPresent() ? 1L : 0L))),
          BatchProgress.none()));
    }
  };

  private RunPipelineService pipeline(List<PipelineStep> steps, Ticker ticker) {
    return new RunPipelineService(market.assets, steps, runs, new InMemoryRunLock(), market.tx, clock, ticker);
  }

  private AssetId withBars(String symbol, int bars) {
    AssetId asset = market.useCases.registerAsset().register(new RegisterAssetCommand(AssetProfile.of(symbol, symbol, AssetType.STOCK)))
        .get().id();
    market.candles.saveAll(asset, Interval.D1, PhaseWalks.regimes(symbol.length(), bars));
    return asset;
  }

  @Test
  void a_step_added_to_the_list_runs_for_every_asset_and_is_recorded_by_name_with_the_others() {
    AssetId first = withBars("ONE", 300);
    AssetId second = withBars("TWO", 250);
    PipelineRun run = pipeline(List.of(
        new SnapshotsStep(market.snapshotUseCases.recompute()),
        new PhasesStep(phases.useCases.recompute()),
        stored,
        new WebhooksStep(webhooks.useCases.dispatch(), clock)), ticker)
        .run(PipelineTrigger.ON_DEMAND, Interval.D1).get();

    assertThat(run.steps().keySet()).containsExactly("snapshots", "phases", "stored", "webhooks");
    assertThat(run.outcomes()).extracting(o -> List.copyOf(o.steps().keySet()))
        .containsOnly(List.of("snapshots", "phases", "stored"));
    assertThat(run.outcomes()).extracting(o -> o.counter("stored", "assets")).containsExactly(1L, 1L);
    assertThat(run.counter("stored", "assets")).isEqualTo(2);
    assertThat(run.counter("snapshots", "written")).isEqualTo(550);
    assertThat(run.outcomes().get(0).asset()).isEqualTo(first);
    assertThat(run.outcomes().get(1).counter("snapshots", "written")).isEqualTo(250);
    assertThat(run.outcomes().get(1).asset()).isEqualTo(second);
    assertThat(run.steps().get("stored").elapsed()).as("after its first reading: 2 of the batch, 2 of each asset, the pipeline's last")
        .isEqualTo(Duration.ofMillis(14));
    assertThat(run.outcomes()).extracting(o -> o.steps().get("stored").elapsed()).containsOnly(Duration.ofMillis(2));
    assertThat(runs.find(run.id())).contains(run);
  }

  @Test
  void a_step_reading_what_a_later_step_writes_or_a_repeated_name_is_refused() {
    SnapshotsStep snapshots = new SnapshotsStep(market.snapshotUseCases.recompute());

    assertThatThrownBy(() -> pipeline(List.of(stored, snapshots), System::nanoTime))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("step stored reads STORED_SNAPSHOTS that the later step snapshots writes: put it after");
    assertThatThrownBy(() -> pipeline(List.of(snapshots, snapshots), System::nanoTime))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unique");
    assertThat(pipeline(List.of(stored), System::nanoTime).run(PipelineTrigger.SCHEDULE, Interval.D1).get().steps())
        .as("nothing in the list writes snapshots: the step reads what is stored").containsOnlyKeys("stored");
  }

  @Test
  void an_asset_failing_one_step_goes_through_the_later_ones() {
    AssetId asset = withBars("BAD", 300);
    market.candles.saveAll(asset, Interval.D1, PhaseWalks.withZeroBar(PhaseWalks.regimes(3, 300), 100));

    PipelineRun run = pipeline(List.of(new SnapshotsStep(market.snapshotUseCases.recompute()), new PhasesStep(phases.useCases.recompute()),
        stored), System::nanoTime).run(PipelineTrigger.ON_DEMAND, Interval.D1).get();

    assertThat(run.outcomes()).singleElement().satisfies(o -> {
      assertThat(o.steps().get("snapshots").ok()).isFalse();
      assertThat(o.steps().get("phases").ok()).isFalse();
      assertThat(o.steps().get("stored").ok()).isTrue();
      assertThat(o.counter("stored", "assets")).isZero();
      assertThat(o.phase()).isEqualTo(Optional.empty());
    });
    assertThat(run.failure()).as("failed assets are in their outcomes").isNull();
  }
}
