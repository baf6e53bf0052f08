package io.phasewise.application.pipeline.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.application.pipeline.model.PipelineAssetOutcome.PhaseBrief;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineRun;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.WebhookRound;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.phase.Phase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract every implementation of the pipeline run log passes (fake and database); each test starts from an empty log. */
public abstract class PipelineRunsPortContract {
  private static final Instant T = Instant.parse("2025-03-01T06:00:00.123Z");

  protected abstract PipelineRunsPort runs();

  private PipelineRun recordAt(Instant startedAt, PipelineTrigger trigger) {
    return runs().record(trigger, Interval.D1, startedAt, startedAt.plusMillis(250), List.of(), WebhookRound.NONE, null);
  }

  @Test
  void a_run_reads_back_exactly_with_outcomes_with_and_without_a_phase_and_with_failures() {
    PipelineAssetOutcome good = new PipelineAssetOutcome(AssetId.of(3), "AAPL", 12,
        Optional.of(new PhaseBrief(Phase.DEFECT, 1 / 3.0, "crash shock: close −13% on 3× volume", T.minusSeconds(3_600))),
        2, 1, List.of());
    PipelineAssetOutcome noBars = new PipelineAssetOutcome(AssetId.of(7), "EMPTY", 0, Optional.empty(), 0, 0, List.of());
    PipelineAssetOutcome broken = new PipelineAssetOutcome(AssetId.of(9), "BAD", 0, Optional.empty(), 0, 0,
        List.of("snapshots: candles: BAD 1d: close must be positive", "phases: candles: BAD 1d: \"quoted\" \\ text"));
    WebhookRound round = new WebhookRound(1, 3, 4, 2, 1, 1);

    PipelineRun recorded = runs().record(PipelineTrigger.ON_DEMAND, Interval.H1, T, T.plusMillis(1_500),
        List.of(good, noBars, broken), round, "webhooks: database unreachable");

    assertThat(recorded.id()).isPositive();
    assertThat(recorded.outcomes()).containsExactly(good, noBars, broken);
    assertThat(recorded.webhooks()).isEqualTo(round);
    assertThat(runs().find(recorded.id())).contains(recorded);
    assertThat(recorded.assetsFailed()).isEqualTo(1);
    assertThat(recorded.transitionsWritten()).isEqualTo(2);
    assertThat(recorded.elapsed().toMillis()).isEqualTo(1_500);
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
