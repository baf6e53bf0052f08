package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages a new user opens, in headless Chromium against {@code serve}'s demo universe on a fresh embedded
 * database (real candles, phases and sentiment): each renders with a clean console; screenshots land in
 * {@code target/screenshots/}.
 */
@Tag("browser")
class PagesBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpCalls HTTP = HttpCalls.http11();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  @TempDir
  static Path home;

  private static Phasewise app;
  private static PhasewiseServer server;
  private static URI base;
  private static String token;

  private HeadlessBrowser browser;

  @BeforeAll
  static void serveTheDemoToAUserWatchingAapl() throws Exception {
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_PORT", "0"));
    app = Phasewise.start(settings);
    DemoUniverse.loadIfEmpty(app, new PrintStream(OutputStream.nullOutputStream()));
    server = PhasewiseServer.start(app, settings);
    base = server.baseUri();
    token = json(HTTP.send(base, "POST", "api/users", "{\"email\":\"browser@example.org\"}", null), 201)
        .path("token").path("secret").asText();
    long aapl = json(HTTP.get(base, "api/assets?q=AAPL"), 200).path("items").path(0).path("id").asLong();
    json(HTTP.send(base, "POST", "api/me/watchlist/items", "{\"assetId\":" + aapl + "}", token), 200);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (app != null) app.close();
  }

  @BeforeEach
  void freshBrowser() {
    browser = HeadlessBrowser.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void swagger_ui_lists_every_operation_and_tries_one_out_on_this_server() throws Exception {
    browser.open(base.resolve("api/docs/"), 1280, 900, ".opblock");
    browser.screenshot("swagger-ui");

    assertThat(browser.count(".opblock")).isEqualTo(operations(json(HTTP.get(base, "api/openapi.json"), 200)));
    String health = ".opblock:has([data-path='/api/health'])";
    browser.click(health + " .opblock-summary-control");
    browser.click(health + " .try-out__btn");
    browser.click(health + " .execute");
    String status = health + " .live-responses-table tr.response .response-col_status";
    browser.waitFor(status);
    assertThat(browser.text(status)).isEqualTo("200");
    browser.scrollTo(status);
    browser.screenshot("swagger-ui-try-it-out");
  }

  @Test
  void the_dashboard_explains_the_phases_on_a_first_visit() {
    browser.open(DashboardPage.firstVisit(base), 1280, 800, DashboardPage.EXPLANATION_READY);
    browser.screenshot("dashboard-first-visit");
  }

  @Test
  void the_dashboard_shows_a_visitor_the_public_view_and_its_sign_in_form() {
    browser.open(DashboardPage.publicView(base), 1280, 800, DashboardPage.PUBLIC_READY);
    browser.screenshot("dashboard-public");

    browser.click(DashboardPage.SIGN_IN_OPEN);
    browser.waitFor(DashboardPage.SIGN_IN_READY);
    browser.screenshot("dashboard-sign-in");
  }

  @Test
  void the_dashboard_shows_a_watched_asset_with_its_chart() {
    browser.open(DashboardPage.assetDetail(base, token, "AAPL"), 1280, 900, DashboardPage.DETAIL_READY);
    browser.screenshot("dashboard-asset-detail");
  }

  @Test
  void the_dashboard_works_at_phone_width() {
    browser.open(DashboardPage.assetDetail(base, token, "AAPL"), 390, 844, DashboardPage.DETAIL_READY);
    browser.screenshot("dashboard-phone");
  }

  private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  /** The operations of an OpenAPI document: one per method of each path. */
  private static int operations(JsonNode document) {
    int count = 0;
    for (JsonNode path : document.path("paths")) {
      for (var names = path.fieldNames(); names.hasNext(); ) if (METHODS.contains(names.next())) count++;
    }
    return count;
  }
}
