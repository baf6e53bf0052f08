package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled dashboard page over HTTP: one self-contained HTML file that talks only to this server's /api. */
class DashboardPageTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static Http.Response page;
  private static String script;

  @BeforeAll
  static void fixtures() {
    page = server.http().get("/dashboard");
    Matcher m = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
    assertThat(m.find()).as("an inline script").isTrue();
    script = m.group(1);
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
  void the_page_loads_nothing_from_elsewhere_and_calls_only_relative_api_paths() {
    String html = page.body();

    assertThat(html).doesNotContainPattern("(?i)https?:").doesNotContain("//www.").doesNotContainPattern("(?i)\\bsrc\\s*=");
    assertThat(html).doesNotContainPattern("(?i)<link[^>]+stylesheet").doesNotContainPattern("(?i)@import|url\\(");
    List<String> paths = new ArrayList<>();
    Matcher call = Pattern.compile("\\b(?:api|change)\\(\"(?:GET|POST|PUT|DELETE)\", \"([^\"]*)\"").matcher(script);
    while (call.find()) paths.add(call.group(1));
    assertThat(paths).hasSizeGreaterThanOrEqualTo(12).allSatisfy(p -> assertThat(p).startsWith("/api/"));
    assertThat(paths).contains("/api/me/dashboard?", "/api/me/watchlist", "/api/me/watchlist/items", "/api/users",
        "/api/assets?");
    assertThat(script.split("fetch\\(", -1)).as("one fetch, in api()").hasSize(2);
    assertThat(script).contains("fetch(path, init)").doesNotContain("XMLHttpRequest").doesNotContain("WebSocket")
        .doesNotContain("\"//");
  }

  @Test
  void text_from_the_api_is_never_parsed_as_html() {
    assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(").doesNotContain("new Function");
    assertThat(markup()).doesNotContainPattern("(?i)\\son[a-z]+\\s*=").as("no inline event handlers");
  }

  @Test
  void a_content_security_policy_allows_exactly_the_inline_script_and_styles() throws Exception {
    String policy = page.header("Content-Security-Policy");
    Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page.body());
    assertThat(style.find()).isTrue();

    assertThat(policy).startsWith("default-src 'none';")
        .contains("script-src 'sha256-" + sha256(script) + "';")
        .contains("style-src 'sha256-" + sha256(style.group(1)) + "';")
        .contains("connect-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(markup()).doesNotContainPattern("(?i)\\sstyle\\s*=").as("no style attributes: the policy would block them");
  }

  @Test
  void the_page_is_revalidated_by_its_etag() {
    String etag = page.header("ETag");
    assertThat(etag).isNotBlank();
    assertThat(page.header("Cache-Control")).contains("no-cache");

    Http.Response unchanged = server.http().get("/dashboard", "If-None-Match", etag);

    assertThat(unchanged.status()).isEqualTo(304);
    assertThat(unchanged.body()).isEmpty();
  }

  @Test
  void the_page_is_not_part_of_the_api_document_and_unknown_paths_stay_404() {
    assertThat(server.http().get("/api/openapi.json").body()).doesNotContain("\"/dashboard\"").doesNotContain("\"/\"");
    assertThat(server.http().get("/dashboard/nothing").status()).isEqualTo(404);
    assertThat(server.http().get("/nothing").status()).isEqualTo(404);
  }

  /** The page without its script. */
  private static String markup() {
    return page.body().replace(script, "");
  }

  private static String sha256(String text) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
