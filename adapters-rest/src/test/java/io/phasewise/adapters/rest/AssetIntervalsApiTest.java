package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.testing.MarketFixtures;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/assets/{id}/intervals: the intervals with candles, so the dashboard offers only those. */
class AssetIntervalsApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  @Test
  void lists_each_interval_with_candles_shortest_first_with_its_newest_bar_and_its_end() {
    AssetId asset = Bars.stored(server.api(), "IVL", Bars.walk(3));
    List<Candle> hourly = new ArrayList<>();
    for (Candle c : Bars.walk(2)) hourly.add(Candle.of(c.time().plusSeconds(3600), c.open(), c.high(), c.low(), c.close(), c.volume(), "test"));
    server.api().market.candles.saveAll(asset, Interval.H1, hourly);

    Http.Response response = server.http().get("/api/assets/" + asset + "/intervals");

    assertThat(response.status()).isEqualTo(200);
    JsonNode body = response.json();
    assertThat(body.get("asset").asLong()).isEqualTo(asset.value());
    JsonNode intervals = body.get("intervals");
    assertThat(intervals).hasSize(2);
    assertThat(intervals.get(0).get("interval").asText()).isEqualTo("1h");
    assertThat(intervals.get(1).get("interval").asText()).isEqualTo("1d");
    Instant lastDay = MarketFixtures.T0.plusSeconds(2 * 86_400L);
    assertThat(intervals.get(1).get("lastBar").asText()).isEqualTo(lastDay.toString());
    assertThat(intervals.get(1).get("asOf").asText()).isEqualTo(lastDay.plusSeconds(86_400L).toString());
  }

  @Test
  void an_asset_without_candles_has_none_and_an_unknown_asset_is_a_404() {
    AssetId empty = Bars.registered(server.api(), "NOBARS");

    assertThat(server.http().get("/api/assets/" + empty + "/intervals").json().get("intervals")).isEmpty();
    assertThat(server.http().get("/api/assets/999999/intervals").status()).isEqualTo(404);
    assertThat(server.http().get("/api/assets/0/intervals").status()).isEqualTo(400);
  }
}
