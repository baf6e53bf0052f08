package io.phasewise.adapters.persistence.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.phasewise.adapters.persistence.PostgresExtension;
import io.phasewise.adapters.persistence.timeseries.TimeSeriesWriter;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.sentiment.ReliabilityTier;
import io.phasewise.domain.sentiment.SentimentChannel;
import io.phasewise.domain.sentiment.SentimentObservation;
import io.phasewise.domain.sentiment.SentimentSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The meter's read of one asset's lookback walks the primary key: no sort, no scan of other assets' rows. */
class SentimentReadPlanTest {
  @RegisterExtension
  static final PostgresExtension DB = new PostgresExtension();

  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  @Test
  void a_time_range_of_one_asset_is_an_index_range_scan_in_key_order() {
    JooqSentimentPersistenceAdapter adapter = new JooqSentimentPersistenceAdapter(DB.database(),
        TimeSeriesWriter.BULK_THRESHOLD, TimeSeriesWriter.STAGING_CHUNK);
    SentimentSource news = adapter.insert("news", SentimentChannel.NEWS, ReliabilityTier.A, Map.of(), T0);
    SentimentSource forum = adapter.insert("forum", SentimentChannel.FORUM, ReliabilityTier.C, Map.of(), T0);
    List<AssetId> assets = new ArrayList<>();
    for (int a = 0; a < 40; a++) assets.add(DB.newAsset("PLAN" + a));
    List<SentimentObservation> batch = new ArrayList<>();
    for (AssetId asset : assets) {
      for (int h = 0; h < 24 * 30; h++) {
        batch.add(SentimentObservation.of(asset, (h % 2 == 0 ? news : forum).id(), T0.plusSeconds(3600L * h), 0.1, 0));
      }
    }
    adapter.saveAll(batch);
    DB.execute("ANALYZE sentiment_observations");

    String plan = DB.database().jooq()
        .explain(adapter.inRange(assets.get(7), T0.plusSeconds(86_400L * 20), T0.plusSeconds(86_400L * 27)))
        .plan();

    assertThat(plan).contains("sentiment_observations_pkey").doesNotContain("Sort").doesNotContain("Seq Scan");
  }
}
