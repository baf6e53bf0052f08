package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The browser helper itself: it passes a clean page and fails on each kind of console error a page can have. */
@Tag("browser")
class HeadlessBrowserTest {
  private static final String BODY = "<p id=\"ready\">ready</p>";
  private static final Map<String, String> PAGES = Map.of(
      "/clean", BODY + "<script>console.log('only information')</script>",
      "/console-error", BODY + "<script>console.error('planted console error')</script>",
      "/uncaught", BODY + "<script>throw new Error('planted uncaught error')</script>",
      "/missing-file", BODY + "<img src=\"/no-such-image.png\" alt=\"\">",
      "/csp", BODY + "<script>document.title = 'inline script ran'</script>");

  private static HttpServer server;
  private static HeadlessBrowser browser;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String page = PAGES.get(exchange.getRequestURI().getPath());
      byte[] body = ("<!DOCTYPE html><html><head><title>test</title><link rel=\"icon\" href=\"data:,\"></head><body>"
          + (page == null ? "not found" : page) + "</body></html>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html;charset=UTF-8");
      if ("/csp".equals(exchange.getRequestURI().getPath())) {
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; img-src data:");
      }
      exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    browser = HeadlessBrowser.start(Duration.ofSeconds(5));
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
    if (server != null) server.stop(0);
  }

  private static URI page(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void a_clean_page_passes_and_its_screenshot_is_a_png() throws IOException {
    browser.open(page("/clean"), 390, 844, "#ready");

    Path png = browser.screenshot("headless-browser-self-test");
    byte[] bytes = Files.readAllBytes(png);
    assertThat(png).hasParent(HeadlessBrowser.SCREENSHOTS);
    assertThat(bytes).hasSizeGreaterThan(100).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void a_console_error_fails_the_page() {
    assertThatThrownBy(() -> browser.open(page("/console-error"), 1280, 800, "#ready"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("console errors").hasMessageContaining("planted console error");
  }

  @Test
  void an_uncaught_exception_fails_the_page() {
    assertThatThrownBy(() -> browser.open(page("/uncaught"), 1280, 800, "#ready"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("planted uncaught error");
  }

  @Test
  void a_file_that_fails_to_load_fails_the_page() {
    assertThatThrownBy(() -> browser.open(page("/missing-file"), 1280, 800, "#ready"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("404");
  }

  @Test
  void a_content_security_policy_violation_fails_the_page() {
    assertThatThrownBy(() -> browser.open(page("/csp"), 1280, 800, "#ready"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Content Security Policy");
  }

  @Test
  void a_selector_that_never_shows_fails_naming_it() {
    assertThatThrownBy(() -> browser.open(page("/clean"), 1280, 800, "#never-there"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("no visible #never-there within 5 s");
  }
}
