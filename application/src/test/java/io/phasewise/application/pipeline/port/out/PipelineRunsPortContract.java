package io.phasewise.application.pipeline.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.pipeline.model.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the pipeline run log passes (fake and database); each test starts from an empty log. */
public abstract class PipelineRunsPortContract {
  private static final Instant T = Instant.parse("2025-03-01T06:00:00.123Z");

  protected abstract PipelineRunsPort runs();

  private PipelineRun recordAt(Instant startedAt, PipelineTrigger trigger) {
    return runs().record(trigger, Interval.D1, startedAt, startedAt.plusMillis(250), List.of(), Map.of());
  }

  @Test
  void a_run_reads_back_exactly_with_outcomes_with_and_without_a_phase_and_with_failures() {
    PhaseBrief defect = new PhaseBrief(Phase.DEFECT, 1 / 3.0, "crash shock: close −13% on 3× volume", T.minusSeconds(3_600));
    PipelineAssetOutcome good = new PipelineAssetOutcome(AssetId.of(3), "AAPL", steps(
        StepResult.ok(StepOutcome.counting(Map.of("written", 12L)), Duration.ofMillis(3)),
        StepResult.ok(new StepOutcome(phaseCounters(2, 1), Optional.of(defect)), Duration.ofMillis(40)),
        StepResult.ok(StepOutcome.counting(Map.of("regimes", 1L)), Duration.ZERO)));
    PipelineAssetOutcome noBars = new PipelineAssetOutcome(AssetId.of(7), "EMPTY", steps(
        StepResult.ok(StepOutcome.counting(Map.of("written", 0L)), Duration.ZERO),
        StepResult.ok(StepOutcome.counting(phaseCounters(0, 0)), Duration.ofMillis(1)),
        StepResult.ok(StepOutcome.NONE, Duration.ZERO)));
    PipelineAssetOutcome broken = new PipelineAssetOutcome(AssetId.of(9), "BAD", steps(
        StepResult.failed("candles: BAD 1d: close must be positive", Duration.ofMillis(2)),
        StepResult.failed("candles: BAD 1d: \"quoted\" \\ text", Duration.ofMillis(5)),
        StepResult.ok(StepOutcome.NONE, Duration.ZERO)));
    Map<String, StepResult> runWide = new LinkedHashMap<>();
    runWide.put("snapshots", StepResult.ok(StepOutcome.counting(Map.of("written", 12L)), Duration.ofMillis(9)));
    runWide.put("phases", StepResult.ok(StepOutcome.counting(phaseCounters(2, 1)), Duration.ofMillis(50)));
    runWide.put("regimes", StepResult.ok(StepOutcome.counting(Map.of("regimes", 1L)), Duration.ofMillis(1)));
    runWide.put("webhooks", new StepResult(StepOutcome.counting(Map.of("events", 1L, "delivered", 0L)),
        Optional.of("database unreachable"), Duration.ofMillis(7)));

    PipelineRun recorded = runs().record(PipelineTrigger.ON_DEMAND, Interval.H1, T, T.plusMillis(1_500),
        List.of(good, noBars, broken), runWide);

    assertThat(recorded.id()).isPositive();
    assertThat(recorded.outcomes()).containsExactly(good, noBars, broken);
    assertThat(recorded.steps()).isEqualTo(runWide);
    assertThat(runs().find(recorded.id())).contains(recorded);
    assertThat(recorded.assetsFailed()).isEqualTo(1);
    assertThat(recorded.counter("phases", "transitions")).isEqualTo(2);
    assertThat(recorded.failure()).isEqualTo("webhooks: database unreachable");
    PipelineRun readBack = runs().find(recorded.id()).orElseThrow();
    assertThat(readBack.steps().keySet()).as("in the order the steps ran").containsExactly("snapshots", "phases", "regimes",
        "webhooks");
    assertThat(readBack.outcomes().get(0).steps().keySet()).containsExactly("snapshots", "phases", "regimes");
    assertThat(readBack.outcomes().get(2).failures()).containsExactly("snapshots: candles: BAD 1d: close must be positive",
        "phases: candles: BAD 1d: \"quoted\" \\ text");
    assertThat(recorded.elapsed().toMillis()).isEqualTo(1_500);
  }

  /** Results of the steps snapshots, phases and regimes, in this order. */
  private static Map<String, StepResult> steps(StepResult snapshots, StepResult phases, StepResult regimes) {
    Map<String, StepResult> steps = new LinkedHashMap<>();
    steps.put("snapshots", snapshots);
    steps.put("phases", phases);
    steps.put("regimes", regimes);
    return steps;
  }

  private static Map<String, Long> phaseCounters(long transitions, long events) {
    Map<String, Long> counters = new LinkedHashMap<>();
    counters.put("transitions", transitions);
    counters.put("events", events);
    return counters;
  }

  @Test
  void a_run_without_assets_or_failure_reads_back_exactly_and_unknown_ids_find_nothing() {
    PipelineRun recorded = recordAt(T, PipelineTrigger.SCHEDULE);

    assertThat(runs().find(recorded.id())).contains(recorded);
    assertThat(recorded.failure()).isNull();
    assertThat(runs().find(recorded.id() + 1)).isEmpty();
    assertThat(runs().find(0)).isEmpty();
  }

  @Test
  void runs_page_newest_first_by_start_then_by_id_and_are_counted() {
    assertThat(runs().count()).isZero();
    assertThat(runs().newestFirst(0, 10)).isEmpty();
    PipelineRun middle = recordAt(T.plusSeconds(60), PipelineTrigger.SCHEDULE);
    PipelineRun oldest = recordAt(T, PipelineTrigger.SCHEDULE);
    PipelineRun newest = recordAt(T.plusSeconds(120), PipelineTrigger.ON_DEMAND);
    PipelineRun tieFirst = recordAt(T.plusSeconds(90), PipelineTrigger.SCHEDULE);
    PipelineRun tieSecond = recordAt(T.plusSeconds(90), PipelineTrigger.ON_DEMAND);

    assertThat(runs().count()).isEqualTo(5);
    assertThat(runs().newestFirst(0, 10)).containsExactly(newest, tieSecond, tieFirst, middle, oldest);
    assertThat(runs().newestFirst(0, 2)).containsExactly(newest, tieSecond);
    assertThat(runs().newestFirst(2, 2)).containsExactly(tieFirst, middle);
    assertThat(runs().newestFirst(4, 2)).containsExactly(oldest);
    assertThat(runs().newestFirst(5, 2)).isEmpty();
    assertThat(List.of(middle.id(), oldest.id(), newest.id(), tieFirst.id(), tieSecond.id())).doesNotHaveDuplicates();
  }
}
