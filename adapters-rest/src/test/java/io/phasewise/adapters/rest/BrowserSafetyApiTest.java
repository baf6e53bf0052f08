package io.phasewise.adapters.rest;

import static io.phasewise.adapters.rest.Http.bearer;
import static io.phasewise.adapters.rest.ProblemAssert.assertProblem;
import static io.phasewise.application.testing.TinyCsvCandleFiles.PHASEWISE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.phasewise.domain.account.Scope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Browser safety over a real socket, for every operation the OpenAPI document lists (so a new route is
 * covered the day it is added): cross-site form posts and foreign {@code Host} headers are refused and
 * change nothing, protected operations answer 401 to anonymous callers before reading a bad body, and
 * every response carries the security headers.
 */
class BrowserSafetyApiTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static final Set<String> STATE_CHANGING = Set.of("post", "put", "patch", "delete");
  private static final String EVIL = "https://evil.example";
  private static final String BOUNDARY = "evil-boundary";
  /** What an HTML form on another site can post without a script: each content type with a body that would do harm. */
  private static final Map<String, String> FORM_BODIES = Map.of(
      "text/plain", "{\"symbol\":\"EVIL\",\"type\":\"stock\",\"name\":\"x=\"}",
      "application/x-www-form-urlencoded", "symbol=EVIL&type=stock",
      "multipart/form-data; boundary=" + BOUNDARY, "--" + BOUNDARY + "\r\n"
          + "Content-Disposition: form-data; name=\"file\"; filename=\"evil.csv\"\r\nContent-Type: text/csv\r\n\r\n"
          + PHASEWISE_HEADER + "\n2024-01-01T00:00:00Z,10,11,9,10.5,100,,,,,,,,evil\r\n--" + BOUNDARY + "--\r\n");

  /** One operation of the OpenAPI document with the content types its request body declares. */
  record Operation(String method, String template, List<String> consumes, boolean secured) {
    @Override
    public String toString() {
      return method.toUpperCase() + " " + template;
    }
  }

  private static List<Operation> operations;
  private static String user;
  private static String asset;
  private static String webhook;
  private static String token;
  private static String portfolio;
  private static String event;

  @BeforeAll
  static void fixtures() {
    operations = operations(server.http().get("/api/openapi.json").json());
    // The victim is an operator with every scope, so each refusal below is the browser filters', never the roles'.
    user = server.api().signedUpAdmin("victim@example.org", EnumSet.allOf(Scope.class));
    asset = server.admin().postJson("/api/assets", "{\"symbol\":\"SAFE\",\"type\":\"stock\"}").json().get("id").asText();
    server.api().webhooks.resolver.register("hooks.example.com", "203.0.113.10");
    webhook = created(server.http().call("POST", "/api/webhooks",
        "{\"url\":\"https://hooks.example.com/safe\",\"assets\":[" + asset + "]}", bearer(user)));
    token = created(server.http().call("POST", "/api/me/tokens", "{\"name\":\"spare\"}", bearer(user)));
    Http.Response watchlist = server.http().call("PUT", "/api/me/watchlist", "{\"assets\":[" + asset + "]}", bearer(user));
    assertThat(watchlist.status()).as(watchlist.body()).isEqualTo(200);
    portfolio = created(server.http().call("POST", "/api/me/portfolios", "{\"name\":\"safe\",\"baseCurrency\":\"USD\"}", bearer(user)));
    Http.Response deposit = server.http().call("POST", "/api/me/portfolios/" + portfolio + "/events",
        "{\"type\":\"DEPOSIT\",\"date\":\"2024-01-02\",\"gross\":\"100\"}", bearer(user));
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    event = deposit.json().get("event").get("id").asText();
  }

  private static String created(Http.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(201);
    return response.json().get("id").asText();
  }

  private static List<Operation> operations(JsonNode document) {
    List<Operation> found = new ArrayList<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      List<String> consumes = new ArrayList<>();
      JsonNode body = op.getValue().path("requestBody").path("content");
      body.fieldNames().forEachRemaining(consumes::add);
      found.add(new Operation(op.getKey(), path.getKey(), consumes, op.getValue().has("security")));
    }));
    return found;
  }

  private static List<Operation> stateChanging() {
    return operations.stream().filter(op -> STATE_CHANGING.contains(op.method())).toList();
  }

  /**
   * The operation's path with this test's objects for its parameters, so writes aim at something that
   * exists. A parameter this test has no object for (a context added later) gets a fresh UUID: the
   * refusals come before any lookup, so the status still shows whether the route refused.
   */
  private static String path(Operation op) {
    String id = op.template().startsWith("/api/webhooks/") ? webhook : asset;
    return op.template().replace("{tokenId}", token).replace("{assetId}", asset).replace("{id}", id)
        .replace("{portfolioId}", portfolio).replace("{eventId}", event)
        .replaceAll("\\{\\w+}", "7b0c6a1e-0000-4000-8000-000000000000");
  }

  /** {@code body}, or none for a GET or DELETE: Grizzly refuses those with a body (400) before the API sees them. */
  private static String body(Operation op, String body) {
    return Set.of("post", "put", "patch").contains(op.method()) ? body : null;
  }

  /** Everything the operations could change, as the victim reads it. */
  private static List<String> everything() {
    List<String> reads = List.of("/api/assets", "/api/assets/" + asset, "/api/assets/" + asset + "/candles?interval=1d",
        "/api/assets/" + asset + "/imports", "/api/assets/" + asset + "/ticks", "/api/pipeline/runs", "/api/sentiment/sources",
        "/api/sentiment/observations", "/api/me", "/api/me/tokens", "/api/me/watchlist", "/api/webhooks",
        "/api/webhooks/" + webhook, "/api/assets/" + asset + "/phases", "/api/assets/" + asset + "/snapshots?interval=1d",
        "/api/me/portfolios", "/api/me/portfolios/" + portfolio + "/events", "/api/me/portfolios/" + portfolio + "/sync-log");
    return reads.stream().map(read -> {
      Http.Response response = server.http().get(read, bearer(user));
      return read + " " + response.status() + " " + response.body();
    }).toList();
  }

  @Test
  void the_document_lists_every_state_changing_and_protected_operation_this_test_sweeps() {
    assertThat(stateChanging()).hasSizeGreaterThanOrEqualTo(24);
    assertThat(stateChanging()).extracting(Operation::toString).contains("POST /api/assets", "DELETE /api/assets/{id}",
        "POST /api/assets/{id}/candles/import", "POST /api/pipeline/runs", "PATCH /api/me", "POST /api/webhooks");
    assertThat(operations.stream().filter(Operation::secured)).extracting(Operation::toString).contains(
        "PATCH /api/me", "POST /api/me/tokens", "PUT /api/me/watchlist", "POST /api/webhooks", "PUT /api/webhooks/{id}",
        "DELETE /api/webhooks/{id}", "POST /api/webhooks/{id}/secret", "GET /api/webhooks/{id}/deliveries", "GET /api/me/dashboard");
  }

  @Test
  void a_cross_site_form_post_to_any_state_changing_operation_is_refused_and_changes_nothing() {
    List<String> before = everything();
    int attempts = 0;
    for (Operation op : stateChanging()) {
      for (Map.Entry<String, String> form : FORM_BODIES.entrySet()) {
        String[][] browsers = {
            {"Origin", EVIL, "Sec-Fetch-Site", "cross-site"},
            {"Origin", EVIL},
            {"Sec-Fetch-Site", "same-site"},
            {"Origin", "null"}};
        for (String[] browser : browsers) {
          Http.Response response = server.http().raw(op.method().toUpperCase(), path(op), body(op, form.getValue()),
              with(browser, "Content-Type", form.getKey(), "Authorization", "Bearer " + user));
          assertThat(response.status()).as(op + " " + form.getKey()).isEqualTo(403);
          assertProblem(response, 403);
          assertThat(response.json().get("detail").asText()).as(op + " " + form.getKey()).contains("only the server's own pages may change data");
          attempts++;
        }
      }
    }
    assertThat(attempts).isEqualTo(stateChanging().size() * FORM_BODIES.size() * 4);
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void a_form_content_type_reaches_only_an_operation_that_declares_it() {
    List<String> before = everything();
    for (Operation op : stateChanging()) {
      for (Map.Entry<String, String> form : FORM_BODIES.entrySet()) {
        String essence = form.getKey().split(";")[0];
        if (op.consumes().contains(essence)) continue;
        Http.Response response = server.http().raw(op.method().toUpperCase(), path(op), body(op, form.getValue()),
            "Content-Type", form.getKey(), "Authorization", "Bearer " + user);
        assertThat(response.status()).as(op + " with " + essence).isEqualTo(415);
      }
    }
    assertThat(everything()).isEqualTo(before);
  }

  @Test
  void a_foreign_host_is_refused_on_every_state_changing_operation_and_changes_nothing() {
    RawHttp raw = new RawHttp(server.http().base());
    int port = server.http().base().getPort();
    List<String> before = everything();
    for (Operation op : stateChanging()) {
      for (String host : List.of("evil.example:" + port, "evil.example", "localhost:" + (port + 1), "127.0.0.1.evil.example:" + port)) {
        String response = raw.send(op.method().toUpperCase(), path(op), host, "application/json", body(op, "{\"symbol\":\"EVIL\"}"));
        assertThat(RawHttp.status(response)).as(op + " with Host " + host).isEqualTo(421);
        assertThat(response).as("no URL is built from a foreign host").doesNotContain("evil.example/", "Location:", "Link:");
        assertThat(response).contains("Misdirected Request", "PHASEWISE_ALLOWED_HOSTS", "X-Content-Type-Options: nosniff");
      }
    }
    assertThat(everything()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:%d", "LOCALHOST:%d", "127.0.0.1:%d", "[::1]:%d", "phasewise.example.org",
      "phasewise.example.org:%d", "proxy.example.org:8443"})
  void the_loopback_names_on_the_server_port_and_the_configured_names_are_answered(String host) {
    RawHttp raw = new RawHttp(server.http().base());
    String response = raw.send("GET", "/api/health", host.formatted(server.http().base().getPort()), null, null);
    assertThat(RawHttp.status(response)).as(host).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"proxy.example.org:9000", "proxy.example.org", "example.org:%d", "localhost", "[::2]:%d"})
  void a_read_with_a_foreign_host_is_refused_too(String host) {
    RawHttp raw = new RawHttp(server.http().base());
    String response = raw.send("GET", "/api/health", host.formatted(server.http().base().getPort()), null, null);
    assertThat(RawHttp.status(response)).as(host).isEqualTo(421);
  }

  @Test
  void protected_operations_answer_401_to_an_anonymous_caller_before_reading_a_bad_body() {
    List<Operation> secured = operations.stream().filter(Operation::secured).toList();
    for (Operation op : secured) {
      String type = op.consumes().isEmpty() ? "application/json" : op.consumes().get(0);
      Http.Response response = server.http().raw(op.method().toUpperCase(), path(op), body(op, "{\"bad\": ["),
          "Content-Type", type);
      assertThat(response.status()).as(op + ": " + response.body()).isEqualTo(401);
      assertProblem(response, 401);
      assertThat(response.header("WWW-Authenticate")).as(op.toString()).startsWith("Bearer");
    }
    assertThat(secured).hasSizeGreaterThanOrEqualTo(18);
  }

  @Test
  void the_servers_own_pages_and_clients_without_browser_headers_may_write() {
    String own = "http://localhost:" + server.http().base().getPort();
    Http.Response page = server.admin().raw("POST", "/api/assets", "{\"symbol\":\"OWN\",\"type\":\"stock\"}",
        "Content-Type", "application/json", "Origin", own, "Sec-Fetch-Site", "same-origin");
    assertThat(page.status()).as(page.body()).isEqualTo(201);
    Http.Response typed = server.admin().raw("POST", "/api/assets", "{\"symbol\":\"TYPED\",\"type\":\"stock\"}",
        "Content-Type", "application/json", "Sec-Fetch-Site", "none");
    assertThat(typed.status()).as(typed.body()).isEqualTo(201);
    Http.Response curl = server.admin().postJson("/api/assets", "{\"symbol\":\"CURL\",\"type\":\"stock\"}");
    assertThat(curl.status()).as(curl.body()).isEqualTo(201);
    assertThat(curl.header("Location")).startsWith(own + "/api/assets/");
    Http.Response noBody = server.admin().method("POST", "/api/pipeline/runs?interval=1d");
    assertThat(noBody.status()).as(noBody.body()).isIn(200, 201);
  }

  @Test
  void every_response_carries_the_security_headers_and_api_responses_cannot_be_framed() {
    List<Http.Response> responses = List.of(server.http().get("/api/health"), server.http().get("/api/nothing-here"),
        server.http().raw("POST", "/api/assets", "x", "Content-Type", "text/plain", "Origin", EVIL),
        server.http().get("/api/me"));
    for (Http.Response response : responses) {
      assertThat(response.header("X-Content-Type-Options")).as(response.body()).isEqualTo("nosniff");
      assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
      assertThat(response.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(response.headers().allValues("Content-Security-Policy")).hasSize(1);
    }
    Http.Response page = server.http().get("/");
    assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'");
    assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
  }

  private static String[] with(String[] first, String... more) {
    String[] all = new String[first.length + more.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
