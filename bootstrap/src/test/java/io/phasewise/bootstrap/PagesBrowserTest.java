package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
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
 * {@code target/screenshots/}. The user also holds a portfolio of Apple and the S&P 500 ETF bought at the
 * demo's real closes, recorded through the API.
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
  /** The day the portfolio view is valued at: the demo's last SPY close. */
  private static final LocalDate VALUED = LocalDate.of(2012, 9, 11);

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
    long spy = json(HTTP.get(base, "api/assets?q=SPY"), 200).path("items").path(0).path("id").asLong();
    recordAPortfolio(aapl, spy);
  }

  /**
   * 10,000 USD in; 400 AAPL at 11.83 and 30 SPY at 126.98 on 2011-01-04, a fee of 1 each; 100 AAPL sold at 19.45 on
   * 2012-03-01, fee 1. Cash left: 10,000 − 4,733 − 3,810.40 + 1,944 = 3,400.60.
   */
  private static void recordAPortfolio(long aapl, long spy) throws Exception {
    String id = json(HTTP.send(base, "POST", "api/me/portfolios", "{\"name\":\"Long term\",\"baseCurrency\":\"USD\"}", token), 201)
        .path("id").asText();
    for (String event : List.of(
        "{\"type\":\"DEPOSIT\",\"date\":\"2011-01-03\",\"gross\":10000}",
        "{\"type\":\"BUY\",\"date\":\"2011-01-04\",\"instrument\":{\"assetId\":" + aapl + "},\"quantity\":400,\"unitPrice\":11.83,"
            + "\"currency\":\"USD\",\"fee\":1}",
        "{\"type\":\"BUY\",\"date\":\"2011-01-04\",\"instrument\":{\"assetId\":" + spy + "},\"quantity\":30,\"unitPrice\":126.98,"
            + "\"currency\":\"USD\",\"fee\":1}",
        "{\"type\":\"SELL\",\"date\":\"2012-03-01\",\"instrument\":{\"assetId\":" + aapl + "},\"quantity\":100,\"unitPrice\":19.45,"
            + "\"currency\":\"USD\",\"fee\":1}")) {
      json(HTTP.send(base, "POST", "api/me/portfolios/" + id + "/events", event, token), 201);
    }
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

  @Test
  void the_dashboard_shows_a_portfolio_with_its_holdings_allocation_and_performance_against_spy() {
    browser.open(DashboardPage.portfolio(base, token, VALUED), 1280, 1700, DashboardPage.PORTFOLIO_READY);
    browser.waitFor(DashboardPage.PORTFOLIO_VALUED);
    browser.waitFor(DashboardPage.ALLOCATION_DRAWN);
    browser.waitFor(DashboardPage.PERFORMANCE_DRAWN);
    browser.screenshot("portfolio");

    assertThat(browser.count(DashboardPage.PORTFOLIO_ROWS)).isEqualTo(2);
    assertThat(browser.text(DashboardPage.PORTFOLIO_ROWS + ":nth-child(1)")).startsWith("AAPL 300 23.59 USD 7,077.75");
    assertThat(browser.text(DashboardPage.PORTFOLIO_ROWS + ":nth-child(2)")).startsWith("SPY 30 143.91 USD 4,317.30");
    // 3,400.60 cash + 300 × 23.592501 + 30 × 143.910004 (the closes of 2012-09-11)
    assertThat(summary("totalValue")).isEqualTo("14,795.65 USD");
    assertThat(summary("cashBalance")).isEqualTo("3,400.60 USD");
    assertThat(summary("investedAmount")).isEqualTo("10,000.00 USD");
    assertThat(summary("totalGain")).isEqualTo("+4,795.65 USD");
    assertThat(browser.evaluate(DashboardPage.ALLOCATION_SLICES)).isEqualTo(List.of("AAPL", "SPY", "Cash"));
    assertThat(browser.evaluate(DashboardPage.PERFORMANCE_SERIES)).isEqualTo(List.of("Value USD", "Net invested", "Portfolio TWR", "SPY"));
    for (String figure : List.of("twr", "xirr", "dietz", "roi", "maxDrawdown", "volatility", "sharpe", "sortino", "benchmarkReturn")) {
      assertThat(browser.attribute(String.format(DashboardPage.PORTFOLIO_FIGURE, figure), "title")).as(figure).contains(" = ");
    }
    assertThat(browser.console()).as("console after the charts").noneMatch(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue());
  }

  @Test
  void the_portfolio_view_of_a_user_without_one_says_how_to_import_one() throws Exception {
    String newcomer = json(HTTP.send(base, "POST", "api/users", "{\"email\":\"newcomer@example.org\"}", null), 201)
        .path("token").path("secret").asText();
    browser.open(DashboardPage.portfolio(base, newcomer, VALUED), 1280, 800, DashboardPage.PORTFOLIO_EMPTY);
    browser.screenshot("portfolio-empty");

    assertThat(browser.text(DashboardPage.PORTFOLIO_EMPTY)).isEqualTo("No portfolio yet");
    assertThat(browser.text("#pf-state")).contains("POST /api/me/portfolios", "/imports?format=", "API explorer");
  }

  @Test
  void the_portfolio_view_with_a_refused_token_asks_for_a_token() {
    browser.open(DashboardPage.portfolio(base, "pw_refused", VALUED), 1280, 800, DashboardPage.BANNER, "status of 401");
    browser.screenshot("portfolio-refused-token");

    assertThat(browser.text(DashboardPage.BANNER)).contains("401");
    assertThat(browser.count(DashboardPage.SIGN_IN_READY + ":not([hidden])")).isEqualTo(1);
    assertThat(browser.count("#portfolio:not([hidden])")).isZero();
  }

  private String summary(String figure) {
    return browser.text(String.format(DashboardPage.PORTFOLIO_SUMMARY, figure));
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
