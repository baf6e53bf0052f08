package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's limits over a real socket, with small ones set by settings: bodies beyond them refused
 * with 413 before they are read and nothing stored, stalled bodies cut off, and reads answered while
 * slow clients trickle uploads in.
 */
class RequestLimitsEndToEndTest {
  private static final HttpCalls HTTP = HttpCalls.http11();
  private static final String YAHOO = "Date,Open,High,Low,Close,Adj Close,Volume\n";

  @TempDir
  static Path home;

  private static Phasewise app;
  private static PhasewiseServer server;
  private static URI base;
  /** An admin's token: every upload here writes shared market data. */
  private static String admin;

  @BeforeAll
  static void serveWithSmallLimits() throws Exception {
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(),
        "PHASEWISE_PORT", "0", "PHASEWISE_MAX_UPLOAD", "64KB", "PHASEWISE_MAX_BODY", "4KB", "PHASEWISE_READ_TIMEOUT", "2s"));
    app = Phasewise.start(settings);
    DemoUniverse.loadIfEmpty(app, new PrintStream(OutputStream.nullOutputStream()));
    server = PhasewiseServer.start(app, settings);
    base = server.baseUri();
    admin = Operators.adminToken(app);
  }

  @AfterAll
  static void stop() {
    if (server != null) server.close();
    if (app != null) app.close();
  }

  /** The admin's {@code Authorization} header line for a raw request head. */
  private static String bearer() {
    return "Authorization: Bearer " + admin + "\r\n";
  }

  private static long newAsset(String symbol) throws Exception {
    HttpResponse<String> created = HTTP.send(base, "POST", "api/assets",
        "{\"symbol\":\"" + symbol + "\",\"name\":\"" + symbol + "\",\"type\":\"stock\"}", admin);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Long.parseLong(created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
  }

  /** Daily Yahoo rows from 2001-01-01 until the file is at least {@code bytes} long. */
  private static String yahooFile(int bytes) {
    StringBuilder file = new StringBuilder(YAHOO);
    for (LocalDate day = LocalDate.of(2001, 1, 1); file.length() < bytes; day = day.plusDays(1)) {
      file.append(day).append(",10,11,9,10.5,10.5,1000\n");
    }
    return file.toString();
  }

  private static String importPath(long asset) {
    return "api/assets/" + asset + "/candles/import?interval=1d&format=yahoo";
  }

  private static long storedCandles(long asset) throws Exception {
    String page = HTTP.get(base, "api/assets/" + asset + "/candles?interval=1d&from=2000-01-01&to=2030-01-01").body();
    return Long.parseLong(page.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
  }

  @Test
  void an_upload_declared_beyond_the_limit_is_refused_with_413_before_its_body_is_sent() throws Exception {
    long asset = newAsset("HUGE");
    try (RawSocket client = new RawSocket(base)) {
      client.head("POST", importPath(asset), "Content-Type: text/csv\r\nContent-Length: 629145600\r\n" + bearer())
          .send(yahooFile(1024));
      String answer = client.answer(Duration.ofSeconds(10));
      assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json", "limit of 65536 bytes");
    }
    assertThat(storedCandles(asset)).isZero();
  }

  @Test
  void a_chunked_upload_is_counted_as_it_arrives_and_refused_with_413_past_the_limit() throws Exception {
    long asset = newAsset("CHUNK");
    HttpRequest upload = HttpRequest.newBuilder(base.resolve(importPath(asset))).header("Content-Type", "text/csv")
        .header("Authorization", "Bearer " + admin)
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(yahooFile(300_000).getBytes(StandardCharsets.US_ASCII))))
        .timeout(Duration.ofSeconds(30)).build();

    HttpResponse<String> refused = HttpClient.newHttpClient().send(upload, HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
    assertThat(refused.body()).contains("limit of 65536 bytes", "nothing was stored");
    assertThat(storedCandles(asset)).isZero();
  }

  @Test
  void json_bodies_have_a_smaller_limit_than_uploads() throws Exception {
    long asset = newAsset("SIZES");
    String bigName = "x".repeat(5000);
    HttpResponse<String> json = HTTP.send(base, "POST", "api/assets",
        "{\"symbol\":\"BIG\",\"name\":\"" + bigName + "\",\"type\":\"stock\"}", admin);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(413);
    assertThat(json.body()).contains("limit of 4096 bytes");
    byte[] chunkedJson = ("{\"symbol\":\"BIG\",\"name\":\"" + bigName + "\",\"type\":\"stock\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("api/assets"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(30))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunkedJson))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);

    HttpResponse<String> csv = HTTP.send(base, "POST", importPath(asset), "text/csv", yahooFile(10_000), admin);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(storedCandles(asset)).isPositive();
  }

  @Test
  void a_stalled_body_is_answered_408_after_the_read_timeout() throws Exception {
    try (RawSocket client = new RawSocket(base)) {
      client.head("POST", importPath(newAsset("STALL")), "Content-Type: text/csv\r\nContent-Length: 30000\r\n" + bearer()).send(YAHOO);
      // PHASEWISE_READ_TIMEOUT is 2 s: well before 20 s the server gives up on the body
      assertThat(client.answer(Duration.ofSeconds(20))).startsWith("HTTP/1.1 408").contains("the request body stalled");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:b:c", "[::1", "localhost:99999999999", "local host", "%zz"})
  void a_host_header_no_url_can_be_built_from_is_a_400_problem_not_a_500(String host) throws Exception {
    try (RawSocket client = new RawSocket(base)) {
      client.send("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
      assertThat(client.answer(Duration.ofSeconds(10))).startsWith("HTTP/1.1 4")
          .doesNotContain("Exception", "at org.", "at io.");
    }
  }

  @Test
  void a_request_head_too_large_is_answered_not_dropped() throws Exception {
    try (RawSocket client = new RawSocket(base)) {
      client.head("GET", "api/health", "X-Padding: " + "p".repeat(64 * 1024) + "\r\n");
      assertThat(client.answer(Duration.ofSeconds(10))).startsWith("HTTP/1.1 400");
    }
  }

  @Test
  void reads_are_answered_while_twenty_clients_trickle_uploads_in() throws Exception {
    long asset = newAsset("SLOW");
    List<RawSocket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        slow.add(new RawSocket(base).head("POST", importPath(asset), "Content-Type: text/csv\r\nContent-Length: 30000\r\n" + bearer()));
      }
      long end = System.nanoTime() + Duration.ofSeconds(8).toNanos();
      List<Long> millis = new ArrayList<>();
      String row = YAHOO;
      int next = 0;
      while (System.nanoTime() < end) {
        for (RawSocket s : slow) s.send(String.valueOf(row.charAt(next % row.length())));
        next++;
        for (String path : List.of("api/health", "api/assets?limit=20")) {
          long start = System.nanoTime();
          HttpResponse<String> read = HTTP.get(base, path);
          millis.add((System.nanoTime() - start) / 1_000_000);
          assertThat(read.statusCode()).as(path).isEqualTo(200);
        }
        Thread.sleep(300);
      }
      assertThat(millis).hasSizeGreaterThan(20).allSatisfy(ms -> assertThat(ms).isLessThan(2000));
    } finally {
      for (RawSocket s : slow) s.close();
    }
  }
}
