package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.adapters.rest.ProblemAssert.problemOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The caller's watchlist over HTTP: order, ETag and If-Match, refusals as problems. */
class WatchlistApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static final List<Long> ASSETS = new ArrayList<>();
  private static int users;
  private String secret;

  @BeforeAll
  static void fixtures() {
    for (String symbol : List.of("WA", "WB", "WC", "WD")) {
      Http.Response created = server.admin().postJson("/api/assets", "{\"symbol\":\"" + symbol + "\",\"name\":\"" + symbol
          + " Corp\",\"type\":\"stock\"}");
      ASSETS.add(created.json().get("id").asLong());
    }
  }

  @BeforeEach
  void freshUser() {
    secret = AccountApiTest.signUp(server.http(), "watch" + (++users) + "@example.org");
  }

  private static long a(int i) {
    return ASSETS.get(i - 1);
  }

  private Http.Response call(String method, String path, String json, String... more) {
    List<String> headers = new ArrayList<>(List.of(bearer(secret)));
    headers.addAll(List.of(more));
    return server.http().call(method, path, json, headers.toArray(String[]::new));
  }

  private Http.Response add(long asset) {
    return call("POST", "/api/me/watchlist/items", "{\"assetId\":" + asset + "}");
  }

  private static List<Long> ids(Http.Response response) {
    List<Long> ids = new ArrayList<>();
    response.json().get("items").forEach(i -> ids.add(i.get("assetId").asLong()));
    return ids;
  }

  @Test
  void a_new_watchlist_is_empty_at_version_0() {
    Http.Response empty = call("GET", "/api/me/watchlist", null);

    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.header("ETag")).isEqualTo("\"0\"");
    assertThat(empty.json().get("items")).isEmpty();
    assertThat(empty.json().get("version").asLong()).isZero();
  }

  @Test
  void items_are_added_moved_removed_and_replaced_with_the_version_as_etag() {
    add(a(1));
    add(a(2));
    Http.Response inserted = call("POST", "/api/me/watchlist/items", "{\"assetId\":" + a(3) + ",\"position\":0}");
    assertThat(inserted.status()).as(inserted.body()).isEqualTo(200);
    assertThat(ids(inserted)).containsExactly(a(3), a(1), a(2));
    assertThat(inserted.header("ETag")).isEqualTo("\"3\"");
    JsonNode first = inserted.json().get("items").get(0);
    assertThat(first.get("position").asInt()).isZero();
    assertThat(first.get("symbol").asText()).isEqualTo("WC");
    assertThat(first.get("name").asText()).isEqualTo("WC Corp");
    assertThat(first.get("type").asText()).isEqualTo("stock");

    Http.Response moved = call("PUT", "/api/me/watchlist/items/" + a(3) + "/position", "{\"position\":2}", "If-Match", "\"3\"");
    assertThat(ids(moved)).containsExactly(a(1), a(2), a(3));

    Http.Response removed = call("DELETE", "/api/me/watchlist/items/" + a(1), null);
    assertThat(ids(removed)).containsExactly(a(2), a(3));
    assertThat(removed.header("ETag")).isEqualTo("\"5\"");

    Http.Response replaced = call("PUT", "/api/me/watchlist", "{\"assets\":[" + a(4) + "," + a(2) + "]}", "If-Match", "\"5\"");
    assertThat(ids(replaced)).containsExactly(a(4), a(2));
    assertThat(call("GET", "/api/me/watchlist", null).json()).isEqualTo(replaced.json());
    assertThat(ids(call("PUT", "/api/me/watchlist", "{\"assets\":[]}"))).isEmpty();
  }

  @Test
  void a_stale_if_match_is_409_and_changes_nothing() {
    add(a(1));
    add(a(2));

    assertProblem(call("PUT", "/api/me/watchlist", "{\"assets\":[" + a(3) + "]}", "If-Match", "\"1\""), 409);
    assertProblem(call("POST", "/api/me/watchlist/items", "{\"assetId\":" + a(3) + "}", "If-Match", "\"1\""), 409);
    assertProblem(call("DELETE", "/api/me/watchlist/items/" + a(1), null, "If-Match", "W/\"1\""), 409);
    assertProblem(call("PUT", "/api/me/watchlist/items/" + a(1) + "/position", "{\"position\":1}", "If-Match", "\"0\""), 409);
    assertThat(ids(call("GET", "/api/me/watchlist", null))).containsExactly(a(1), a(2));
    assertThat(call("PUT", "/api/me/watchlist", "{\"assets\":[" + a(3) + "]}", "If-Match", "*").status()).isEqualTo(200);
  }

  @Test
  void refusals_are_problems_naming_what_is_wrong() {
    add(a(1));

    assertThat(assertProblem(add(999_999), 404).get("detail").asText()).isEqualTo("asset not found: 999999");
    assertThat(assertProblem(call("PUT", "/api/me/watchlist", "{\"assets\":[" + a(1) + ",777777,888888]}"), 404)
        .get("detail").asText()).isEqualTo("assets not found: 777777, 888888");
    assertProblem(add(a(1)), 409);
    assertProblem(call("PUT", "/api/me/watchlist", "{\"assets\":[" + a(1) + "," + a(1) + "]}"), 400, "assets");
    assertThat(problemOf(assertProblem(call("PUT", "/api/me/watchlist", "{\"assets\":[" + a(1) + ",-4]}"), 400, "assets[1]"),
        "assets[1]")).contains("positive");
    assertProblem(call("PUT", "/api/me/watchlist", "{}"), 400, "assets");
    assertProblem(call("POST", "/api/me/watchlist/items", "{\"assetId\":" + a(2) + ",\"position\":5}"), 400, "position");
    assertProblem(call("POST", "/api/me/watchlist/items", "{}"), 400, "assetId");
    assertProblem(call("DELETE", "/api/me/watchlist/items/" + a(2), null), 404);
    assertProblem(call("PUT", "/api/me/watchlist/items/" + a(1) + "/position", "{\"position\":-1}"), 400, "position");
    assertProblem(call("PUT", "/api/me/watchlist/items/" + a(1) + "/position", "{}"), 400, "position");
    assertProblem(call("PUT", "/api/me/watchlist", "{\"assets\":[]}", "If-Match", "version 3"), 400, "If-Match");
    assertProblem(call("PUT", "/api/me/watchlist", "{\"assets\":[]}", "If-Match", "\"1"), 400, "If-Match");
    assertThat(ids(call("GET", "/api/me/watchlist", null))).containsExactly(a(1));
  }

  @Test
  void deleting_an_asset_takes_it_off_the_watchlist() {
    long doomed = server.admin().postJson("/api/assets", "{\"symbol\":\"DOOM" + users + "\",\"type\":\"stock\"}").json().get("id").asLong();
    add(a(1));
    add(doomed);
    add(a(2));

    assertThat(server.admin().delete("/api/assets/" + doomed).status()).isEqualTo(204);

    Http.Response after = call("GET", "/api/me/watchlist", null);
    assertThat(ids(after)).containsExactly(a(1), a(2));
    assertThat(after.json().get("items").get(1).get("position").asInt()).isEqualTo(1);
  }
}
