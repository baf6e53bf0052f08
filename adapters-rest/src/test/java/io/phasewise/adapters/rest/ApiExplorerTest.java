package io.phasewise.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The API explorer over HTTP: Swagger UI's page and files from this server only, on the OpenAPI document. */
class ApiExplorerTest {
  @RegisterExtension
  static final ApiServerExtension server = new ApiServerExtension();

  private static Http.Response page;

  @BeforeAll
  static void fixtures() {
    page = server.http().get("/api/docs/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/docs/", "/api/docs"})
  void the_page_is_served_as_html_with_and_without_the_trailing_slash(String path) {
    Http.Response response = server.http().get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).isEqualToIgnoringCase("text/html;charset=UTF-8");
    assertThat(response.body()).startsWith("<!DOCTYPE html>").contains("<title>Phasewise API explorer</title>")
        .contains("<div id=\"swagger-ui\"></div>");
  }

  @Test
  void every_file_the_page_loads_is_served_from_this_server_with_its_content_type() {
    List<String> urls = new ArrayList<>();
    Matcher reference = Pattern.compile("(?:src|href)=\"([^\"]*)\"").matcher(page.body());
    while (reference.find()) urls.add(reference.group(1));

    assertThat(urls).containsExactlyInAnyOrder("/api/docs/favicon-32x32.png", "/api/docs/swagger-ui.css",
        "/api/docs/swagger-ui-bundle.js", "/api/docs/explorer.js");
    assertThat(page.body()).doesNotContainPattern("(?i)https?:").doesNotContain("<script>");
    for (String url : urls) {
      Http.Response file = server.http().get(url);
      assertThat(file.status()).as(url).isEqualTo(200);
      assertThat(file.header("Content-Type")).as(url).isEqualToIgnoringCase(expectedType(url));
      assertThat(file.header("X-Content-Type-Options")).as(url).isEqualTo("nosniff");
      assertThat(file.body()).as(url).isNotEmpty();
    }
  }

  @Test
  void the_bundle_is_swagger_ui_and_its_stylesheet_needs_nothing_from_elsewhere() {
    // booleans, not the text: a failure would print megabytes
    assertThat(server.http().get("/api/docs/swagger-ui-bundle.js").body().contains("SwaggerUIBundle")).as("Swagger UI's bundle").isTrue();
    String css = server.http().get("/api/docs/swagger-ui.css").body();
    List<String> external = new ArrayList<>();
    Matcher url = Pattern.compile("url\\(\\s*['\"]?+(?!data:)([^)]{0,60})").matcher(css);
    while (url.find()) external.add(url.group(1));

    assertThat(css.startsWith(".swagger-ui")).as("Swagger UI's stylesheet").isTrue();
    assertThat(external).as("url(...) that is not a data: URI").isEmpty();
  }

  @Test
  void the_initializer_points_swagger_ui_at_the_openapi_document_without_the_online_validator() {
    String initializer = server.http().get("/api/docs/explorer.js").body();

    assertThat(initializer).contains("SwaggerUIBundle(").contains("url: \"/api/openapi.json\"")
        .contains("dom_id: \"#swagger-ui\"").contains("validatorUrl: null");
    assertThat(server.http().get("/api/openapi.json").status()).isEqualTo(200);
  }

  @Test
  void a_strict_content_security_policy_still_lets_swagger_ui_fetch_and_try_out_this_origin() {
    String policy = page.header("Content-Security-Policy");

    assertThat(policy).startsWith("default-src 'none';")
        .contains("script-src 'self';", "style-src 'self';", "connect-src 'self';", "img-src 'self' data:;",
            "frame-ancestors 'none'")
        .doesNotContain("unsafe").doesNotContain("http").doesNotContain("*");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void the_documented_operations_are_served_from_the_explorer_origin() {
    // no "servers" in the document: Swagger UI sends "Try it out" requests to the origin it was loaded from
    assertThat(server.http().get("/api/openapi.json").json().has("servers")).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"/api/docs/index.html", "/api/docs/swagger-initializer.js", "/api/docs/oauth2-redirect.html",
      "/api/docs/..%2Fopenapi.json", "/api/docs/nothing"})
  void nothing_else_of_the_webjar_or_the_classpath_is_served(String path) {
    Http.Response response = server.http().get(path);

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void the_explorer_is_not_part_of_the_api_document() {
    assertThat(server.http().get("/api/openapi.json").body()).doesNotContain("/api/docs");
  }

  private static String expectedType(String url) {
    if (url.endsWith(".js")) return "text/javascript;charset=UTF-8";
    if (url.endsWith(".css")) return "text/css;charset=UTF-8";
    return "image/png";
  }
}
