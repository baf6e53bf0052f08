package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.SnapshotAssert.assertFeatures;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.snapshot.model.TrainingRow;
import io.phasewise.application.snapshot.port.in.TrainingRowsQuery;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.FeatureVector;
import io.phasewise.domain.snapshot.SnapshotEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FeaturesApiTest {
  private static final String FIXED_COLUMNS =
      "asset,time,close,ret_1d,ret_5d,ret_20d,rsi_14,momentum_5d,vol_20d,atr_14,volume_zscore";

  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId first;
  private static AssetId second;

  @BeforeAll
  static void fixtures() {
    first = Bars.imported(server.api(), "FEAT-A", Bars.walk(40));
    second = Bars.imported(server.api(), "FEAT-B", Bars.walk(30));
  }

  private static List<TrainingRow> rows(List<AssetId> assets) {
    return server.api().market.snapshotUseCases.query().trainingRows(new TrainingRowsQuery(Interval.D1, Instant.parse("2024-01-01T00:00:00Z"), ApiServer.NOW,
        assets, PageRequest.first(PageRequest.MAX_LIMIT))).get().items();
  }

  @Test
  void rows_join_each_bar_s_features_with_its_close_by_asset_then_bar() {
    JsonNode page = server.http().get("/api/features?assets=" + second + "," + first).json();

    List<TrainingRow> expected = rows(List.of(first, second));
    assertThat(page.get("total").asLong()).isEqualTo(70);
    JsonNode items = page.get("items");
    assertThat(items).hasSize(70);
    assertThat(items.get(0).get("asset").asLong()).as("by asset id, not request order").isEqualTo(first.value());
    for (int i = 0; i < items.size(); i++) {
      JsonNode row = items.get(i);
      FeatureVector f = expected.get(i).features();
      assertThat(row.get("asset").asLong()).isEqualTo(f.asset().value());
      assertThat(row.get("time").asText()).isEqualTo(f.barTime().toString());
      assertThat(row.get("close").asDouble()).isEqualTo(expected.get(i).close());
      assertFeatures(row, f);
    }
    assertThat(items.get(0).fieldNames()).toIterable().containsExactly("asset", "time", "close", "ret1d", "ret5d",
        "ret20d", "rsi14", "momentum5d", "vol20d", "atr14", "volumeZScore", "extras");
    assertThat(items.get(0).get("ret1d").isNull()).as("warming up").isTrue();
    assertThat(items.get(0).get("close").asDouble()).isEqualTo(Bars.walk(1).get(0).close().doubleValue());
  }

  @Test
  void without_assets_every_asset_s_rows_are_read_and_ranges_are_of_bar_open_times() {
    JsonNode all = server.http().get("/api/features").json();
    assertThat(all.get("total").asLong()).isEqualTo(rows(List.of()).size());

    JsonNode range = server.http().get("/api/features?assets=" + first + "&from=2024-01-10&to=2024-01-12").json().get("items");
    assertThat(range).extracting(r -> r.get("time").asText())
        .containsExactly("2024-01-10T00:00:00Z", "2024-01-11T00:00:00Z", "2024-01-12T00:00:00Z");
  }

  @Test
  void pages_link_to_the_next_page() {
    Http.Response page = server.http().get("/api/features?assets=" + first + "&limit=15&offset=15");

    assertThat(page.json().get("items")).hasSize(15);
    assertThat(page.json().get("items").get(0).get("time").asText()).isEqualTo("2024-01-16T00:00:00Z");
    assertThat(page.header("Link")).contains("offset=30").contains("limit=15").contains("assets=" + first)
        .contains("rel=\"next\"");
    assertThat(server.http().get("/api/features?assets=" + first + "&limit=15&offset=30").header("Link")).isNull();
  }

  @Test
  void csv_has_the_fixed_features_then_every_extra_by_name_empty_while_warming_up() {
    Http.Response byAccept = server.http().get("/api/features?assets=" + first, "Accept", "text/csv");
    Http.Response byParameter = server.http().get("/api/features?assets=" + first + "&format=csv");

    assertThat(byAccept.status()).isEqualTo(200);
    assertThat(byAccept.header("Content-Type")).startsWith("text/csv");
    assertThat(byAccept.header("Content-Disposition")).isEqualTo("attachment; filename=\"features-1d.csv\"");
    assertThat(byParameter.body()).isEqualTo(byAccept.body());
    List<String> lines = byAccept.body().lines().toList();
    assertThat(lines).hasSize(41);
    List<String> extras = SnapshotEngine.standard().extraNames().stream().sorted().toList();
    assertThat(lines.get(0)).isEqualTo(FIXED_COLUMNS + "," + String.join(",", extras));
    assertThat(lines.get(1)).isEqualTo(first + ",2024-01-01T00:00:00Z," + Bars.walk(1).get(0).close().doubleValue()
        + ",".repeat(8 + extras.size()));
    TrainingRow last = rows(List.of(first)).get(39);
    FeatureVector f = last.features();
    List<String> cells = new ArrayList<>(List.of(first.toString(), f.barTime().toString(), Double.toString(last.close()),
        Double.toString(f.ret1d()), Double.toString(f.ret5d()), Double.toString(f.ret20d()), Double.toString(f.rsi14()),
        Double.toString(f.momentum5d()), Double.toString(f.vol20d()), Double.toString(f.atr14()),
        Double.toString(f.volumeZScore())));
    extras.forEach(name -> cells.add(Double.toString(f.extras().get(name))));
    assertThat(lines.get(40)).isEqualTo(String.join(",", cells));
  }

  @Test
  void the_csv_download_streams_every_row_across_pages() {
    int bars = PageRequest.MAX_LIMIT + 50;
    List<Candle> history = Bars.walk(Instant.parse("1990-01-01T00:00:00Z"), bars);
    AssetId asset = Bars.imported(server.api(), "FEAT-LONG", history);

    List<String> lines = server.http().get("/api/features?format=csv&assets=" + asset).body().lines().toList();

    assertThat(lines).hasSize(bars + 1);
    assertThat(lines.get(0)).startsWith(FIXED_COLUMNS + ",adx_14,");
    assertThat(lines.get(1)).startsWith(asset + ",1990-01-01T00:00:00Z,");
    assertThat(lines.get(bars)).startsWith(asset + "," + history.get(bars - 1).time() + ",");
    assertThat(lines.stream().skip(1).map(l -> l.split(",", -1)[1]).distinct().count()).isEqualTo(bars);
  }

  @Test
  void bad_feature_requests_are_problems_naming_the_parameter() {
    assertProblem(server.http().get("/api/features?assets=1,x"), 400, "assets");
    assertProblem(server.http().get("/api/features?assets=999999"), 400, "assets");
    assertProblem(server.http().get("/api/features?assets=999999&format=csv"), 400, "assets");
    assertProblem(server.http().get("/api/features?interval=2d"), 400, "interval");
    assertProblem(server.http().get("/api/features?from=2024-99-01"), 400, "from");
    assertProblem(server.http().get("/api/features?limit=0"), 400, "limit");
    assertProblem(server.http().get("/api/features?format=xml"), 400, "format");
  }
}
