package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PhaseApiTest {
  @RegisterExtension
  final ApiServerExtension server = new ApiServerExtension();

  private JsonNode recomputed(AssetId asset) {
    Http.Response response = server.admin().method("POST", "/api/assets/" + asset + "/phases/recompute");
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void an_asset_gets_its_phase_with_reasons_and_a_tooltip_after_a_recompute() {
    AssetId asset = Bars.stored(server.api(), "PH-ONE", PhaseWalks.regimes(31, 700));
    JsonNode before = assertProblem(server.http().get("/api/assets/" + asset + "/phase"), 404);
    assertThat(before.get("detail").asText()).contains("phase not found", "PH-ONE", "1d", "not computed yet");

    JsonNode result = recomputed(asset);

    assertThat(result.get("asset").asLong()).isEqualTo(asset.value());
    assertThat(result.get("interval").asText()).isEqualTo("1d");
    assertThat(result.get("barsRead").asInt()).isEqualTo(700);
    assertThat(result.get("transitionsWritten").asInt()).isPositive();
    assertThat(result.get("eventsEmitted").asInt()).as("a first computation is history, not news").isZero();
    assertThat(result.get("stateWritten").asBoolean()).isTrue();

    Http.Response response = server.http().get("/api/assets/" + asset + "/phase?interval=1d");
    assertThat(response.status()).isEqualTo(200);
    JsonNode state = response.json();
    assertThat(state.get("phase").asText()).isIn("COOP", "DEFECT", "FORGIVE").isEqualTo(result.get("phase").asText());
    assertThat(state.get("confidence").isNumber()).isTrue();
    assertThat(state.get("confidence").asDouble()).isBetween(0.0, 1.0).isEqualTo(result.get("confidence").asDouble());
    assertThat(state.get("summary").asText()).startsWith(state.get("phase").asText()).contains("confidence");
    JsonNode reason = state.get("reasons").get(0);
    assertThat(reason.isObject()).isTrue();
    assertThat(reason.get("key").asText()).isNotBlank();
    assertThat(reason.get("value").isNumber()).isTrue();
    assertThat(reason.get("threshold").isNumber()).isTrue();
    assertThat(reason.get("supports").asText()).isIn("COOP", "DEFECT", "FORGIVE");
    assertThat(reason.get("strength").isNumber()).isTrue();
    assertThat(reason.get("text").asText()).isNotBlank();
    assertThat(state.get("signals").get("sma_50").isNumber()).isTrue();
    assertThat(state.get("asOf").asText()).isEqualTo(result.get("asOf").asText()).endsWith("T00:00:00Z");
    assertThat(state.get("barsInPhase").asInt()).isPositive();

    assertProblem(server.http().get("/api/assets/" + asset + "/phase?interval=1w"), 404);
    assertThat(assertProblem(server.http().get("/api/assets/999999/phase"), 404).get("detail").asText()).contains("asset not found");
    assertProblem(server.http().get("/api/assets/" + asset + "/phase?interval=2d"), 400, "interval");
    JsonNode again = recomputed(asset);
    assertThat(again.get("transitionsWritten").asInt()).isZero();
    assertThat(again.get("transitionsKept").asInt()).isEqualTo(result.get("transitionsWritten").asInt());
    assertThat(again.get("stateWritten").asBoolean()).isFalse();
  }

  @Test
  void the_timeline_has_transitions_spans_and_prices_of_the_range() {
    AssetId asset = Bars.stored(server.api(), "PH-LINE", PhaseWalks.regimes(32, 1_200));
    recomputed(asset);

    Http.Response response = server.http().get("/api/assets/" + asset + "/phases?from=2015-06-01&to=2017-12-31");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode timeline = response.json();
    assertThat(timeline.get("from").asText()).isEqualTo("2015-06-01T00:00:00Z");
    assertThat(timeline.get("to").asText()).isEqualTo("2018-01-01T00:00:00Z");
    JsonNode transitions = timeline.get("transitions");
    assertThat(transitions.size()).isPositive();
    JsonNode first = transitions.get(0);
    assertThat(first.get("from").asText()).isIn("COOP", "DEFECT", "FORGIVE");
    assertThat(first.get("changedAt").asText()).isGreaterThanOrEqualTo("2015-06-01");
    assertThat(first.get("reasons").get(0).get("text").asText()).isNotBlank();
    JsonNode spans = timeline.get("spans");
    assertThat(spans.size()).isEqualTo(transitions.size() + 1);
    assertThat(spans.get(0).get("from").asText()).isEqualTo("2015-06-01T00:00:00Z");
    assertThat(spans.get(1).get("from").asText()).isEqualTo(first.get("changedAt").asText());
    assertThat(spans.get(1).get("phase").asText()).isEqualTo(first.get("to").asText());
    JsonNode prices = timeline.get("prices");
    assertThat(prices.get(0).get("time").asText()).isEqualTo("2015-06-01T00:00:00Z");
    assertThat(prices.get(0).get("close").isNumber()).isTrue();
    assertThat(prices.size()).as("one bar a day").isEqualTo(
        ChronoUnit.DAYS.between(LocalDate.parse("2015-06-01"), LocalDate.parse("2018-01-01")));
    assertThat(timeline.get("current").get("phase").asText()).isIn("COOP", "DEFECT", "FORGIVE");

    assertProblem(server.http().get("/api/assets/" + asset + "/phases?from=2017-01-01&to=2016-01-01"), 400, "to");
    assertProblem(server.http().get("/api/assets/" + asset + "/phases?from=yesterday"), 400, "from");
  }

  @Test
  void current_phases_of_many_assets_come_in_request_order_with_those_without_one_listed() {
    AssetId a = Bars.stored(server.api(), "PH-A", PhaseWalks.regimes(33, 300));
    AssetId b = Bars.stored(server.api(), "PH-B", PhaseWalks.regimes(34, 300));
    AssetId none = Bars.registered(server.api(), "PH-NONE");
    recomputed(a);
    recomputed(b);

    JsonNode current = server.http().get("/api/phases?assets=" + b + "," + none + "&assets=" + a + "&interval=1d").json();

    assertThat(current.get("interval").asText()).isEqualTo("1d");
    assertThat(current.get("phases")).extracting(p -> p.get("asset").asLong()).containsExactly(b.value(), a.value());
    assertThat(current.get("phases").get(0).get("reasons").isArray()).isTrue();
    assertThat(current.get("withoutPhase")).extracting(JsonNode::asLong).containsExactly(none.value());
    JsonNode unknown = assertProblem(server.http().get("/api/phases?assets=" + a + ",424242"), 400, "assets");
    assertThat(unknown.get("detail").asText()).contains("424242");
    assertProblem(server.http().get("/api/phases"), 400, "assets");
    assertProblem(server.http().get("/api/phases?assets=x"), 400, "assets");
  }

  @Test
  void recomputing_every_asset_reports_each_outcome_and_a_bad_asset_fails_alone() {
    AssetId good = Bars.stored(server.api(), "PH-GOOD", PhaseWalks.regimes(35, 300));
    AssetId bad = Bars.stored(server.api(), "PH-BAD", PhaseWalks.withZeroBar(PhaseWalks.regimes(36, 300), 120));

    Http.Response response = server.admin().method("POST", "/api/phases/recompute?interval=1d");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode report = response.json();
    assertThat(report.get("succeeded").asLong()).isOne();
    assertThat(report.get("failed").asLong()).isOne();
    assertThat(report.get("eventsEmitted").asLong()).isZero();
    JsonNode assets = report.get("assets");
    assertThat(assets).extracting(o -> o.get("asset").asLong()).containsExactly(good.value(), bad.value());
    assertThat(assets.get(0).get("status").asText()).isEqualTo("ok");
    assertThat(assets.get(0).get("result").get("phase").asText()).isIn("COOP", "DEFECT", "FORGIVE");
    assertThat(assets.get(1).get("status").asText()).isEqualTo("failed");
    assertThat(assets.get(1).get("symbol").asText()).isEqualTo("PH-BAD");
    assertThat(assets.get(1).get("problem").get("status").asInt()).isEqualTo(400);
    assertThat(assets.get(1).get("problem").get("detail").asText()).contains("PH-BAD", "1d");
    assertThat(assets.get(1).has("result")).isFalse();
    assertProblem(server.admin().method("POST", "/api/assets/999999/phases/recompute"), 404);
  }
}
