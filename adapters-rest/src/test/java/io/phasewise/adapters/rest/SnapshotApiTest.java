package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static io.phasewise.adapters.rest.SnapshotAssert.assertSnapshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.shared.Page;
import io.phasewise.application.shared.PageRequest;
import io.phasewise.application.shared.TimeBounds;
import io.phasewise.application.snapshot.port.in.LatestSnapshotsQuery;
import io.phasewise.application.snapshot.port.in.SnapshotHistoryQuery;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import io.phasewise.domain.market.Interval;
import io.phasewise.domain.snapshot.SnapshotSet;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotApiTest {
  private static final List<Candle> BARS = Bars.walk(60);

  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId asset;

  @BeforeAll
  static void fixtures() {
    asset = Bars.imported(server.api(), "SNAP", BARS);
  }

  private static String snapshots(AssetId id, String query) {
    return "/api/assets/" + id + "/snapshots" + query;
  }

  /** Every stored snapshot of {@code id}, as the use case reads them. */
  private static List<SnapshotSet> stored(AssetId id) {
    Page<SnapshotSet> page = server.api().market.snapshotUseCases.query().history(new SnapshotHistoryQuery(id, Interval.D1, Instant.parse("2024-01-01T00:00:00Z"),
        ApiServer.NOW, PageRequest.first(PageRequest.MAX_LIMIT))).get();
    return page.items();
  }

  @Test
  void the_history_has_every_bar_with_market_indicators_and_features() {
    JsonNode page = server.http().get(snapshots(asset, "")).json();

    List<SnapshotSet> expected = stored(asset);
    assertThat(expected).hasSize(BARS.size());
    assertThat(page.get("total").asLong()).isEqualTo(BARS.size());
    assertThat(page.get("limit").asInt()).isEqualTo(1000);
    JsonNode items = page.get("items");
    assertThat(items).hasSize(BARS.size());
    for (int i = 0; i < items.size(); i++) assertSnapshot(items.get(i), expected.get(i));
  }

  @Test
  void values_still_warming_up_are_null_and_later_ones_are_numbers() {
    JsonNode items = server.http().get(snapshots(asset, "?from=2024-01-01&to=2024-01-01")).json().get("items");

    assertThat(items).as("a date as to includes that day").hasSize(1);
    JsonNode first = items.get(0);
    assertThat(first.get("time").asText()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(first.get("asOf").asText()).as("known at the bar's end").isEqualTo("2024-01-02T00:00:00Z");
    assertThat(first.get("market").get("price").asDouble()).isEqualTo(BARS.get(0).close().doubleValue());
    assertThat(first.get("market").get("changePct").isNull()).isTrue();
    assertThat(first.get("indicators").get("sma50").isNull()).isTrue();
    assertThat(first.get("features").get("ret1d").isNull()).isTrue();
    assertThat(first.get("features").get("extras")).as("extras warming up are absent").isEmpty();

    JsonNode last = server.http().get(snapshots(asset, "?from=2024-02-29")).json().get("items").get(0);
    assertThat(last.get("indicators").get("sma50").isNumber()).isTrue();
    assertThat(last.get("features").get("ret20d").isNumber()).isTrue();
    assertThat(last.get("features").get("extras").get("adx_14").isNumber()).isTrue();
  }

  @Test
  void pages_link_to_the_next_page() {
    Http.Response first = server.http().get(snapshots(asset, "?limit=25&interval=1d"));

    assertThat(first.json().get("items")).hasSize(25);
    assertThat(first.json().get("items").get(0).get("time").asText()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(first.header("Link")).contains("offset=25").contains("limit=25").contains("interval=1d")
        .contains("rel=\"next\"");
    Http.Response last = server.http().get(snapshots(asset, "?limit=25&offset=50"));
    assertThat(last.json().get("items")).hasSize(10);
    assertThat(last.json().get("items").get(0).get("time").asText()).isEqualTo("2024-02-20T00:00:00Z");
    assertThat(last.header("Link")).isNull();
  }

  @Test
  void an_asset_without_snapshots_at_an_interval_has_an_empty_history() {
    JsonNode page = server.http().get(snapshots(asset, "?interval=1h")).json();

    assertThat(page.get("total").asLong()).isZero();
    assertThat(page.get("items")).isEmpty();
  }

  @Test
  void bad_history_requests_are_problems_naming_the_parameter() {
    assertProblem(server.http().get(snapshots(AssetId.of(999_999), "")), 404);
    assertProblem(server.http().get("/api/assets/abc/snapshots"), 400, "id");
    assertProblem(server.http().get(snapshots(asset, "?interval=2d")), 400, "interval");
    assertProblem(server.http().get(snapshots(asset, "?from=garbage")), 400, "from");
    assertProblem(server.http().get(snapshots(asset, "?from=2024-02-01&to=2024-01-01")), 400, "to");
    assertProblem(server.http().get(snapshots(asset, "?limit=0")), 400, "limit");
    assertProblem(server.http().get(snapshots(asset, "?limit=10001")), 400, "limit");
    assertProblem(server.http().get(snapshots(asset, "?limit=many")), 400, "limit");
    assertProblem(server.http().get(snapshots(asset, "?offset=-1")), 400, "offset");
  }

  @Test
  void latest_snapshots_come_in_request_order_with_the_assets_that_have_none() {
    AssetId other = Bars.imported(server.api(), "SNAP-B", Bars.walk(30));
    AssetId none = Bars.registered(server.api(), "SNAP-N");

    JsonNode latest = server.http().get("/api/snapshots/latest?assets=" + other + "," + none + "&assets=" + asset).json();

    assertThat(latest.get("interval").asText()).isEqualTo("1d");
    JsonNode snapshots = latest.get("snapshots");
    assertThat(snapshots).extracting(s -> s.get("asset").asLong()).containsExactly(other.value(), asset.value());
    List<SnapshotSet> expected = server.api().market.snapshotUseCases.query().latest(new LatestSnapshotsQuery(List.of(other, asset), Interval.D1, TimeBounds.END)).get().snapshots();
    assertSnapshot(snapshots.get(0), expected.get(0));
    assertSnapshot(snapshots.get(1), expected.get(1));
    assertThat(snapshots.get(1).get("time").asText()).isEqualTo("2024-02-29T00:00:00Z");
    assertThat(latest.get("withoutSnapshots")).extracting(JsonNode::asLong).containsExactly(none.value());
  }

  @Test
  void as_of_a_time_the_latest_snapshot_is_the_last_bar_that_had_ended() {
    String ended = "/api/snapshots/latest?assets=" + asset + "&asOf=";

    assertThat(server.http().get(ended + "2024-02-10T00:00:00Z").json().get("snapshots").get(0).get("time").asText())
        .isEqualTo("2024-02-09T00:00:00Z");
    assertThat(server.http().get(ended + "2024-02-10").json().get("snapshots").get(0).get("asOf").asText())
        .isEqualTo("2024-02-10T00:00:00Z");
    assertThat(server.http().get(ended + "2023-12-31").json().get("withoutSnapshots")).extracting(JsonNode::asLong)
        .containsExactly(asset.value());
    assertProblem(server.http().get(ended + "yesterday"), 400, "asOf");
  }

  @Test
  void latest_snapshots_need_registered_asset_ids_and_a_valid_interval() {
    assertProblem(server.http().get("/api/snapshots/latest"), 400, "assets");
    assertProblem(server.http().get("/api/snapshots/latest?assets=" + asset + ",x"), 400, "assets");
    assertProblem(server.http().get("/api/snapshots/latest?assets=0"), 400, "assets");
    assertThat(problemOf(assertProblem(server.http().get("/api/snapshots/latest?assets=" + asset + ",999998,999999"), 400, "assets"),
        "assets")).contains("999998").contains("999999");
    String tooMany = LongStream.rangeClosed(1, 1001).mapToObj(Long::toString).collect(Collectors.joining(","));
    assertThat(problemOf(assertProblem(server.http().get("/api/snapshots/latest?assets=" + tooMany), 400, "assets"), "assets"))
        .contains("1000");
    assertProblem(server.http().get("/api/snapshots/latest?assets=" + asset + "&interval=1y"), 400, "interval");
  }
}
