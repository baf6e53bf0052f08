package io.phasewise.adapters.persistence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.StepOutcome;
import io.phasewise.application.pipeline.model.StepResult;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.pipeline.port.out.PipelineRunsPortContract;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPipelineRunsPortTest extends PipelineRunsPortContract {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  @BeforeEach
  void startEmpty() {
    DB.truncate();
  }

  @Override
  protected PipelineRunsPort runs() {
    return DB.persistence().ports(PipelinePersistence.MODULE).runs();
  }

  @Test
  void the_counts_are_also_stored_in_columns_for_queries_over_many_runs() {
    Instant t = Instant.parse("2025-03-02T00:00:00Z");
    List<PipelineAssetOutcome> outcomes = List.of(
        new PipelineAssetOutcome(AssetId.of(1), "A", Map.of("phases", ok(Map.of("transitions", 3L, "events", 1L)))),
        new PipelineAssetOutcome(AssetId.of(2), "B", Map.of("snapshots", StepResult.failed("bad data", Duration.ZERO))));
    Map<String, StepResult> steps = new LinkedHashMap<>();
    steps.put("phases", ok(Map.of("transitions", 3L, "events", 1L)));
    steps.put("webhooks", ok(Map.of("delivered", 2L)));
    long id = runs().record(PipelineTrigger.SCHEDULE, Interval.D1, t, t.plusSeconds(2), outcomes, steps).id();

    assertThat(DB.queryLong("SELECT assets_total * 100 + assets_failed * 10 + transitions FROM pipeline_runs WHERE id = " + id))
        .isEqualTo(213);
    assertThat(DB.queryLong("SELECT count(*) FROM pipeline_runs WHERE trigger = 'SCHEDULE' AND interval = '1d'"
        + " AND jsonb_array_length(outcomes) = 2 AND steps -> 1 ->> 'step' = 'webhooks' AND steps -> 1 -> 'counters' ->> 'delivered' = '2'"
        + " AND outcomes -> 1 -> 'steps' -> 'snapshots' ->> 'failure' = 'bad data' AND failure IS NULL")).isEqualTo(1);
  }

  @Test
  void a_step_failing_as_a_whole_is_also_in_the_failure_column() {
    Instant t = Instant.parse("2025-03-03T00:00:00Z");
    long id = runs().record(PipelineTrigger.ON_DEMAND, Interval.D1, t, t, List.of(),
        Map.of("webhooks", new StepResult(StepOutcome.NONE, Optional.of("outbox unreachable"), Duration.ZERO))).id();

    assertThat(DB.queryLong("SELECT count(*) FROM pipeline_runs WHERE id = " + id
        + " AND failure = 'webhooks: outbox unreachable'")).isEqualTo(1);
  }

  private static StepResult ok(Map<String, Long> counters) {
    return StepResult.ok(StepOutcome.counting(counters), Duration.ofMillis(4));
  }
}
