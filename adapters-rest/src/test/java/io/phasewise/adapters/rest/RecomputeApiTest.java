package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.application.testing.MarketFixtures.d;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.shared.RunLockPort;
import io.phasewise.domain.market.AssetId;
import io.phasewise.domain.market.Candle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RecomputeApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static String recompute(AssetId asset, String query) {
    return "/api/assets/" + asset + "/snapshots/recompute" + query;
  }

  @Test
  void recompute_computes_the_bars_without_snapshots_and_then_has_nothing_left_to_do() {
    AssetId asset = Bars.stored(server.api(), "RE-NEW", Bars.walk(30));

    Http.Response response = server.admin().method("POST", recompute(asset, ""));

    assertThat(response.status()).isEqualTo(200);
    JsonNode result = response.json();
    assertThat(result.get("asset").asLong()).isEqualTo(asset.value());
    assertThat(result.get("interval").asText()).isEqualTo("1d");
    assertThat(result.get("barsRead").asInt()).isEqualTo(30);
    assertThat(result.get("inserted").asLong()).isEqualTo(30);
    assertThat(result.get("updated").asLong()).isZero();
    assertThat(result.get("unchanged").asLong()).isZero();
    assertThat(result.get("firstBar").asText()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(result.get("lastBar").asText()).isEqualTo("2024-01-30T00:00:00Z");
    assertThat(server.http().get("/api/assets/" + asset + "/snapshots").json().get("total").asLong()).isEqualTo(30);

    JsonNode again = server.admin().method("POST", recompute(asset, "?interval=1d")).json();
    assertThat(again.get("inserted").asLong()).isZero();
    assertThat(again.get("firstBar").isNull()).as("every bar was up to date").isTrue();
    assertThat(again.get("lastBar").isNull()).isTrue();
  }

  @Test
  void rebuild_computes_every_bar_again() {
    AssetId asset = Bars.imported(server.api(), "RE-BUILD", Bars.walk(25));

    JsonNode result = server.admin().method("POST", recompute(asset, "?rebuild=true")).json();

    assertThat(result.get("barsRead").asInt()).isEqualTo(25);
    assertThat(result.get("inserted").asLong()).as("the old snapshots were dropped first").isEqualTo(25);
    assertThat(result.get("firstBar").asText()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(result.get("lastBar").asText()).isEqualTo("2024-01-25T00:00:00Z");
  }

  @Test
  void bad_recompute_requests_are_problems_naming_the_parameter() {
    AssetId asset = Bars.registered(server.api(), "RE-BAD");

    assertProblem(server.admin().method("POST", recompute(AssetId.of(999_999), "")), 404);
    assertProblem(server.admin().method("POST", "/api/assets/abc/snapshots/recompute"), 400, "id");
    assertProblem(server.admin().method("POST", recompute(asset, "?interval=2d")), 400, "interval");
    assertProblem(server.admin().method("POST", recompute(asset, "?rebuild=maybe")), 400, "rebuild");
    assertProblem(server.admin().method("POST", "/api/snapshots/recompute?interval=2d"), 400, "interval");
    assertProblem(server.admin().method("POST", "/api/snapshots/recompute?rebuild=yes"), 400, "rebuild");
    Http.Response get = server.http().get(recompute(asset, ""));
    assertProblem(get, 405);
    assertThat(get.header("Allow")).contains("POST");
  }

  @Test
  void the_universe_recompute_reports_every_asset_and_a_bad_asset_fails_alone() {
    try (ApiServer universe = ApiServer.start()) {
      AssetId good = Bars.stored(universe, "UNI-GOOD", Bars.walk(30));
      List<Candle> zero = new ArrayList<>(Bars.walk(30));
      zero.set(20, Candle.of(zero.get(20).time(), d("0"), d("0"), d("0"), d("0"), d("10"), "test"));
      AssetId bad = Bars.stored(universe, "UNI-BAD", zero);
      AssetId empty = Bars.registered(universe, "UNI-EMPTY");

      Http.Response response = universe.admin.method("POST", "/api/snapshots/recompute");

      assertThat(response.status()).isEqualTo(200);
      JsonNode report = response.json();
      assertThat(report.get("interval").asText()).isEqualTo("1d");
      assertThat(report.get("elapsedMillis").asLong()).isNotNegative();
      assertThat(report.get("succeeded").asLong()).isEqualTo(2);
      assertThat(report.get("failed").asLong()).isEqualTo(1);
      JsonNode assets = report.get("assets");
      assertThat(assets).extracting(a -> a.get("asset").asLong()).containsExactly(good.value(), bad.value(), empty.value());
      JsonNode ok = assets.get(0);
      assertThat(ok.get("symbol").asText()).isEqualTo("UNI-GOOD");
      assertThat(ok.get("status").asText()).isEqualTo("ok");
      assertThat(ok.get("result").get("inserted").asLong()).isEqualTo(30);
      assertThat(ok.has("problem")).isFalse();
      JsonNode failed = assets.get(1);
      assertThat(failed.get("status").asText()).isEqualTo("failed");
      assertThat(failed.has("result")).isFalse();
      JsonNode problem = failed.get("problem");
      assertThat(problem.get("type").asText()).isEqualTo("urn:phasewise:problem:invalid-input");
      assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
      assertThat(problem.get("detail").asText()).contains("UNI-BAD");
      assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("candles");
      assertThat(assets.get(2).get("result").get("barsRead").asInt()).isZero();
      assertThat(universe.http.get("/api/assets/" + good + "/snapshots").json().get("total").asLong()).isEqualTo(30);
    }
  }

  @Test
  @SuppressWarnings("try") // the lease stands for another holder while the block runs; the block never touches it
  void a_universe_recompute_while_another_runs_is_409_naming_why() {
    try (ApiServer universe = ApiServer.start()) {
      AssetId asset = Bars.stored(universe, "UNI-BUSY", Bars.walk(30));

      try (RunLockPort.Lease otherProcess = universe.market.snapshotPorts.universeLock().tryAcquire().orElseThrow()) {
        JsonNode conflict = assertProblem(universe.admin.method("POST", "/api/snapshots/recompute?rebuild=true"), 409);
        assertThat(conflict.get("detail").asText()).contains("already in progress");
      }
      assertThat(universe.http.get("/api/assets/" + asset + "/snapshots").json().get("total").asLong()).isZero();
      assertThat(universe.admin.method("POST", "/api/snapshots/recompute?rebuild=true").status()).isEqualTo(200);
    }
  }
}
