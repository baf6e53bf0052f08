package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled dashboard over HTTP: markup, styles and script modules served from the jar with the chart
 * library from its WebJar, under a policy that runs nothing inline and talks only to this server's /api.
 */
class DashboardPageTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
      + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"(/dashboard/[^\"]+)\"");
  private static final Pattern IMPORT = Pattern.compile("from \"\\./([a-z0-9-]+\\.js)\"");

  private static Http.Response page;
  /** Every file the page loads, directly or by import, by path. */
  private static final Map<String, Http.Response> files = new LinkedHashMap<>();

  @BeforeAll
  static void fixtures() {
    page = server.http().get("/dashboard");
    Matcher m = REFERENCE.matcher(page.body());
    while (m.find()) fetch(m.group(1));
  }

  private static void fetch(String path) {
    if (files.containsKey(path)) return;
    Http.Response file = server.http().get(path);
    files.put(path, file);
    if (!path.endsWith(".js") || path.contains("/vendor/")) return;
    Matcher m = IMPORT.matcher(file.body());
    while (m.find()) fetch("/dashboard/static/" + m.group(1));
  }

  private static String scripts() {
    StringBuilder all = new StringBuilder();
    files.forEach((path, file) -> {
      if (path.startsWith("/dashboard/static/") && path.endsWith(".js")) all.append(file.body()).append('\n');
    });
    return all.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/dashboard"})
  void the_page_is_served_as_html_at_the_root_and_at_dashboard(String path) {
    Http.Response response = server.http().get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
    assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("<title>Phasewise dashboard</title>");
    assertThat(response.body()).isEqualTo(page.body());
  }

  @Test
  void the_policy_is_exact_and_the_page_has_no_inline_script_style_or_handler() {
    assertThat(page.header("Content-Security-Policy")).isEqualTo(POLICY);
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
    String html = page.body();
    assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)").as("every script is a file");
    assertThat(html).doesNotContain("<style").doesNotContainPattern("(?i)\\sstyle\\s*=").doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
    assertThat(html).doesNotContainPattern("(?i)https?:").doesNotContain("@echarts.version@");
  }

  @Test
  void the_page_loads_its_styles_its_modules_and_the_chart_library_from_this_server() {
    assertThat(files.keySet()).contains("/dashboard/static/dashboard.css", "/dashboard/static/app.js",
        "/dashboard/static/chart.js", "/dashboard/static/api.js", "/dashboard/vendor/echarts/5.3.1/echarts.min.js");
    files.forEach((path, file) -> {
      assertThat(file.status()).as(path).isEqualTo(200);
      assertThat(file.header("Content-Type")).as(path)
          .isEqualToIgnoringCase(path.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8");
      assertThat(file.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(file.header("ETag")).as(path).isNotBlank();
    });
    assertThat(files.get("/dashboard/vendor/echarts/5.3.1/echarts.min.js").body()).contains("echarts");
  }

  @Test
  void own_files_are_revalidated_and_the_versioned_chart_library_is_cached_for_a_year() {
    files.forEach((path, file) -> assertThat(file.header("Cache-Control")).as(path)
        .isEqualTo(path.contains("/vendor/") ? "public, max-age=31536000, immutable" : "no-cache"));
    for (String path : List.of("/dashboard", "/dashboard/static/app.js", "/dashboard/vendor/echarts/5.3.1/echarts.min.js")) {
      Http.Response first = server.http().get(path);
      Http.Response unchanged = server.http().get(path, "If-None-Match", first.header("ETag"));
      assertThat(unchanged.status()).as(path).isEqualTo(304);
      assertThat(unchanged.body()).as(path).isEmpty();
    }
  }

  @Test
  void the_scripts_call_only_relative_api_paths_through_one_fetch_and_never_parse_text_as_html() {
    String js = scripts();
    List<String> paths = new ArrayList<>();
    Matcher call = Pattern.compile("\\b(?:api|change)\\(\"(?:GET|POST|PUT|DELETE)\", \"([^\"]*)\"").matcher(js);
    while (call.find()) paths.add(call.group(1));
    assertThat(paths).hasSizeGreaterThanOrEqualTo(12).allSatisfy(p -> assertThat(p).startsWith("/api/"));
    assertThat(paths).contains("/api/me/dashboard?", "/api/me/watchlist", "/api/me/watchlist/items", "/api/users",
        "/api/assets?", "/api/phases?", "/api/assets/");
    assertThat(js.split("fetch\\(", -1)).as("one fetch, in api()").hasSize(2);
    assertThat(js).doesNotContain("XMLHttpRequest").doesNotContain("WebSocket").doesNotContain("\"//")
        .doesNotContainPattern("(?i)https?:");
    assertThat(js).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function")
        .doesNotContain("setAttribute(\"style\"");
  }

  @Test
  void only_the_dashboards_own_files_and_the_bundled_library_version_are_served() {
    assertThat(server.http().get("/dashboard/static/nothing.js").status()).isEqualTo(404);
    assertThat(server.http().get("/dashboard/static/..%2Findex.html").status()).isEqualTo(404);
    assertThat(server.http().get("/dashboard/static/index.html").status()).isEqualTo(404);
    assertThat(server.http().get("/dashboard/vendor/echarts/5.0.0/echarts.min.js").status()).isEqualTo(404);
    assertThat(server.http().get("/dashboard/nothing").status()).isEqualTo(404);
    assertThat(server.http().get("/nothing").status()).isEqualTo(404);
  }

  @Test
  void the_page_and_its_files_are_not_part_of_the_api_document() {
    assertThat(server.http().get("/api/openapi.json").body()).doesNotContain("\"/dashboard").doesNotContain("\"/\"");
  }

  @Test
  void the_first_run_explanation_and_the_lost_token_path_are_on_the_page() {
    assertThat(page.body()).contains("id=\"explain\"", "id=\"help-link\"", "id=\"legend\"", "id=\"lost-token\"",
        "token issue", "POST /api/me/tokens", "id=\"signup-copy\"");
    assertThat(files.get("/dashboard/static/phases.js").body()).contains("localStorage", "COOP", "DEFECT", "FORGIVE");
  }

  @Test
  void the_portfolio_views_modules_are_served_as_scripts_under_the_policy_of_a_non_page() {
    for (String name : List.of("portfolio.js", "portfolio-charts.js", "portfolio-figures.js", "dom.js")) {
      Http.Response file = files.get("/dashboard/static/" + name);
      assertThat(file).as(name + " is imported by the page's modules").isNotNull();
      assertThat(file.status()).as(name).isEqualTo(200);
      assertThat(file.header("Content-Type")).as(name).isEqualToIgnoringCase("text/javascript;charset=UTF-8");
      assertThat(file.header("Content-Security-Policy")).as(name).isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(file.header("X-Content-Type-Options")).as(name).isEqualTo("nosniff");
    }
  }

  @Test
  void the_portfolio_view_is_on_the_page_and_reads_the_callers_portfolios_only() {
    assertThat(page.body()).contains("id=\"views\"", "data-view=\"portfolio\"", "id=\"portfolio\"", "id=\"pf-select\"",
        "id=\"pf-asof\"", "id=\"pf-summary\"", "id=\"pf-holdings\"", "id=\"pf-allocation\"", "id=\"pf-chart\"",
        "id=\"pf-benchmark\"", "id=\"pf-figures\"", "id=\"pf-state\"");
    String js = files.get("/dashboard/static/portfolio.js").body();
    assertThat(js).contains("api(\"GET\", \"/api/me/portfolios\")", "/holdings?", "/performance?", "/value-series?",
        "No portfolio yet", "/imports?format=");
    assertThat(files.get("/dashboard/static/portfolio-figures.js").body()).contains("Sharpe = ", "Sortino = ", "drawdown_t = ", "f.formula");
  }

  @Test
  void the_page_links_the_api_explorer_it_can_open() {
    assertThat(page.body()).contains("<a id=\"api-link\" href=\"/api/docs/\">");
    assertThat(server.http().get("/api/docs/").status()).isEqualTo(200);
  }
}
