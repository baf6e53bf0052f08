package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.application.testing.PhaseWalks;
import io.phasewise.domain.market.AssetId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The caller's dashboard cards over HTTP: watchlist order, null parts until computed, a token required. */
class DashboardApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static AssetId computed;
  private static AssetId bare;
  private static AssetId snapshotsOnly;
  private static int users;
  private String secret;

  @BeforeAll
  static void fixtures() {
    computed = Bars.imported(server.api(), "DASH-DONE", PhaseWalks.regimes(41, 300));
    Http.Response recomputed = server.admin().method("POST", "/api/assets/" + computed + "/phases/recompute");
    assertThat(recomputed.status()).as(recomputed.body()).isEqualTo(200);
    bare = Bars.registered(server.api(), "DASH-BARE");
    snapshotsOnly = Bars.imported(server.api(), "DASH-HALF", Bars.walk(120));
  }

  @BeforeEach
  void freshUser() {
    secret = AccountApiTest.signUp(server.http(), "dash" + (++users) + "@example.org");
  }

  private Http.Response get(String path) {
    return server.http().get(path, bearer(secret));
  }

  private void watch(AssetId... assets) {
    StringBuilder ids = new StringBuilder();
    for (AssetId a : assets) ids.append(ids.length() == 0 ? "" : ",").append(a.value());
    Http.Response put = server.http().call("PUT", "/api/me/watchlist", "{\"assets\":[" + ids + "]}", bearer(secret));
    assertThat(put.status()).as(put.body()).isEqualTo(200);
  }

  @Test
  void cards_come_in_watchlist_order_with_the_phase_badge_and_latest_bar_or_null() {
    watch(bare, computed, snapshotsOnly);

    Http.Response response = get("/api/me/dashboard?interval=1d");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.header("Content-Type")).startsWith("application/json");
    JsonNode dashboard = response.json();
    assertThat(dashboard.get("user").asText()).isEqualTo(get("/api/me").json().get("id").asText());
    assertThat(dashboard.get("interval").asText()).isEqualTo("1d");
    JsonNode cards = dashboard.get("cards");
    assertThat(cards).extracting(c -> c.get("position").asInt()).containsExactly(0, 1, 2);
    assertThat(cards).extracting(c -> c.get("asset").get("id").asLong())
        .containsExactly(bare.value(), computed.value(), snapshotsOnly.value());

    JsonNode none = cards.get(0);
    assertThat(none.get("asset").fieldNames()).toIterable().containsExactly("id", "symbol", "name", "type");
    assertThat(none.get("asset").get("symbol").asText()).isEqualTo("DASH-BARE");
    assertThat(none.get("asset").get("type").asText()).isEqualTo("stock");
    assertThat(none.get("phase").isNull()).as("present and null").isTrue();
    assertThat(none.get("snapshot").isNull()).isTrue();

    JsonNode done = cards.get(1);
    JsonNode full = server.http().get("/api/assets/" + computed + "/phase").json();
    JsonNode phase = done.get("phase");
    assertThat(phase.fieldNames()).toIterable()
        .containsExactly("phase", "confidence", "summary", "since", "asOf", "barsInPhase");
    for (String field : new String[] {"phase", "confidence", "summary", "since", "asOf", "barsInPhase"}) {
      assertThat(phase.get(field)).as(field).isEqualTo(full.get(field));
    }
    JsonNode latest = server.http().get("/api/snapshots/latest?assets=" + computed).json().get("snapshots").get(0);
    JsonNode bar = done.get("snapshot");
    assertThat(bar.fieldNames()).toIterable().containsExactly("barTime", "asOf", "price", "changePct", "volume", "vwap",
        "volatility1d", "rsi14", "macd", "macdSignal", "atr14", "sma20", "sma50");
    assertThat(bar.get("barTime")).isEqualTo(latest.get("time"));
    assertThat(bar.get("barTime").asText()).isEqualTo(PhaseWalks.START.plusSeconds(86_400L * 299).toString());
    assertThat(bar.get("asOf")).isEqualTo(latest.get("asOf"));
    latest.get("market").fields().forEachRemaining(f -> assertThat(bar.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue()));
    latest.get("indicators").fields().forEachRemaining(f -> assertThat(bar.get(f.getKey())).as(f.getKey()).isEqualTo(f.getValue()));
    assertThat(bar.get("price").isNumber()).isTrue();
    assertThat(bar.get("rsi14").isNumber()).isTrue();

    JsonNode half = cards.get(2);
    assertThat(half.get("phase").isNull()).isTrue();
    assertThat(half.get("snapshot").get("price").isNumber()).isTrue();
  }

  @Test
  void the_interval_is_daily_by_default_and_another_one_has_no_daily_data() {
    watch(computed);

    JsonNode daily = get("/api/me/dashboard").json();
    JsonNode weekly = get("/api/me/dashboard?interval=1w").json();

    assertThat(daily.get("interval").asText()).isEqualTo("1d");
    assertThat(daily.get("cards").get(0).get("phase").isObject()).isTrue();
    assertThat(weekly.get("interval").asText()).isEqualTo("1w");
    assertThat(weekly.get("cards")).singleElement().satisfies(card -> {
      assertThat(card.get("asset").get("id").asLong()).isEqualTo(computed.value());
      assertThat(card.get("phase").isNull()).isTrue();
      assertThat(card.get("snapshot").isNull()).isTrue();
    });
    assertProblem(get("/api/me/dashboard?interval=2d"), 400, "interval");
  }

  @Test
  void an_empty_watchlist_has_no_cards() {
    Http.Response response = get("/api/me/dashboard");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("cards").isArray()).isTrue();
    assertThat(response.json().get("cards")).isEmpty();
  }

  @Test
  void without_a_valid_token_the_dashboard_is_401() {
    watch(computed);

    Http.Response anonymous = server.http().get("/api/me/dashboard");
    assertProblem(anonymous, 401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertProblem(server.http().get("/api/me/dashboard?interval=2d"), 401);
    assertProblem(server.http().get("/api/me/dashboard", "Authorization", "Bearer " + secret.substring(0, 20)), 401);
    assertThat(anonymous.body()).doesNotContain("DASH-DONE");
  }

  @Test
  void each_user_sees_the_cards_of_their_own_watchlist_only() {
    String mine = secret;
    watch(bare);
    secret = AccountApiTest.signUp(server.http(), "dash-other" + users + "@example.org");
    watch(snapshotsOnly, computed);

    JsonNode theirs = get("/api/me/dashboard").json();
    secret = mine;
    JsonNode own = get("/api/me/dashboard").json();

    assertThat(own.get("cards")).extracting(c -> c.get("asset").get("id").asLong()).containsExactly(bare.value());
    assertThat(theirs.get("cards")).extracting(c -> c.get("asset").get("id").asLong())
        .containsExactly(snapshotsOnly.value(), computed.value());
    assertThat(own.get("user")).isNotEqualTo(theirs.get("user"));
  }
}
