package io.phasewise.adapters.persistence.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.application.pipeline.model.PipelineAssetOutcome;
import io.phasewise.application.pipeline.model.PipelineTrigger;
import io.phasewise.application.pipeline.model.WebhookRound;
import io.phasewise.application.pipeline.port.out.PipelineRunsPort;
import io.phasewise.application.pipeline.port.out.PipelineRunsPortContract;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.List;
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
        new PipelineAssetOutcome(AssetId.of(1), "A", 5, Optional.empty(), 3, 1, List.of()),
        new PipelineAssetOutcome(AssetId.of(2), "B", 0, Optional.empty(), 0, 0, List.of("snapshots: bad data")));
    long id = runs().record(PipelineTrigger.SCHEDULE, Interval.D1, t, t.plusSeconds(2), outcomes,
        new WebhookRound(1, 2, 2, 2, 0, 0), null).id();

    assertThat(DB.queryLong("SELECT assets_total * 100 + assets_failed * 10 + transitions FROM pipeline_runs WHERE id = " + id))
        .isEqualTo(213);
    assertThat(DB.queryLong("SELECT count(*) FROM pipeline_runs WHERE trigger = 'SCHEDULE' AND interval = '1d'"
        + " AND jsonb_array_length(outcomes) = 2 AND webhooks ->> 'delivered' = '2' AND failure IS NULL")).isEqualTo(1);
  }
}
