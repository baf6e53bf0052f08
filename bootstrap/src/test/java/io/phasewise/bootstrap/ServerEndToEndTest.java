package io.phasewise.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's path over a real socket: serve on a fresh embedded database loads the demo
 * universe and answers health, candles, snapshots and indicators; after a restart on the same data directory the data is
 * still there and the demo is not loaded twice.
 */
class ServerEndToEndTest {
  /** HTTP/2: the JDK client then offers an h2c upgrade, which the server must decline. */
  private final HttpCalls http = new HttpCalls(HttpClient.Version.HTTP_2, Duration.ofSeconds(30));

  @TempDir
  Path home;

  private HttpResponse<String> get(URI base, String path) throws Exception {
    return http.get(base, path);
  }

  @Test
  void serves_the_demo_universe_and_keeps_it_across_a_restart() throws Exception {
    PhasewiseSettings settings = PhasewiseSettings.fromEnvironment(Map.of("PHASEWISE_HOME", home.toString(), "PHASEWISE_PORT", "0"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    String firstPage;
    try (Phasewise app = Phasewise.start(settings)) {
      assertThat(DemoUniverse.loadIfEmpty(app, new PrintStream(log, true, StandardCharsets.UTF_8))).isTrue();
      try (PhasewiseServer server = PhasewiseServer.start(app, settings)) {
        HttpResponse<String> health = get(server.baseUri(), "api/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"", "UP");

        HttpResponse<String> assets = get(server.baseUri(), "api/assets?q=AAPL");
        assertThat(assets.statusCode()).isEqualTo(200);
        String id = assets.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        // a date as "to" includes that day: 09-28, the crash on 09-29, 10-02 and 10-03
        HttpResponse<String> candles = get(server.baseUri(), "api/assets/" + id + "/candles?interval=1d&from=2000-09-28&to=2000-10-03");
        assertThat(candles.statusCode()).isEqualTo(200);
        assertThat(candles.body()).contains("\"time\":\"2000-09-29T00:00:00Z\"", "\"close\":\"0.459821\"", "\"total\":4");
        // the import brought the snapshots up to date: AAPL fell 51.9% on 2000-09-29
        HttpResponse<String> snapshots = get(server.baseUri(), "api/assets/" + id + "/snapshots?from=2000-09-29&to=2000-09-29");
        assertThat(snapshots.statusCode()).isEqualTo(200);
        assertThat(snapshots.body()).contains("\"changePct\":-51.8", "\"total\":1");
        HttpResponse<String> latest = get(server.baseUri(), "api/snapshots/latest?assets=" + id);
        assertThat(latest.body()).contains("\"sma50\":", "\"adx_14\":", "\"withoutSnapshots\":[]");
        HttpResponse<String> rsi = get(server.baseUri(), "api/assets/" + id + "/indicators/rsi?period=14&from=2000-09-29&to=2000-09-29");
        assertThat(rsi.statusCode()).isEqualTo(200);
        assertThat(rsi.body()).contains("\"parameters\":{\"period\":\"14\"}", "\"time\":\"2000-09-29T00:00:00Z\",\"rsi\":");
        // the demo's synthetic sentiment about AAPL in the days before its last bar
        HttpResponse<String> sentiment = get(server.baseUri(), "api/assets/" + id + "/sentiment?asOf=2012-09-12T00:00:00Z");
        assertThat(sentiment.statusCode()).isEqualTo(200);
        assertThat(sentiment.body()).contains("\"count\":11", "\"countByTier\":{\"A\":4,\"B\":4,\"C\":3}", "\"summary\":\"sentiment +0.");
        assertThat(get(server.baseUri(), "api/sentiment/sources").body()).contains("Demo Newswire", "Demo Market Forum", "Demo Social Pulse");
        // the demo load computed the phases: AAPL's crash of 2000-09-29 is a DEFECT on the timeline
        HttpResponse<String> phase = get(server.baseUri(), "api/assets/" + id + "/phase");
        assertThat(phase.statusCode()).isEqualTo(200);
        assertThat(phase.body()).contains("\"phase\":\"", "\"summary\":\"", "\"reasons\":[{\"key\":");
        HttpResponse<String> timeline = get(server.baseUri(), "api/assets/" + id + "/phases?from=2000-09-25&to=2000-10-06");
        assertThat(timeline.statusCode()).isEqualTo(200);
        assertThat(timeline.body()).contains("\"to\":\"DEFECT\"", "crash shock");
        // the JDK client offers an h2c upgrade by default; a request with a body must still complete
        HttpResponse<String> created = http.send(server.baseUri(), "POST", "api/assets",
            "{\"symbol\":\"MSFT\",\"name\":\"Microsoft\",\"type\":\"stock\"}", Operators.adminToken(app));
        assertThat(created.statusCode()).isEqualTo(201);
        firstPage = get(server.baseUri(), "api/assets?limit=50").body();
      }
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("AAPL.csv: read 3175, stored 3175", "BTC-USD.csv: read 2723, stored 2722");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("sentiment.csv: read 42, stored 42 (42 new, 0 changed), unchanged 0, rejected 0");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("recomputed 1d phases of 8 asset(s)", ": 0 failed");

    try (Phasewise restarted = Phasewise.start(settings)) {
      assertThat(DemoUniverse.loadIfEmpty(restarted, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isFalse();
      try (PhasewiseServer server = PhasewiseServer.start(restarted, settings)) {
        assertThat(get(server.baseUri(), "api/assets?limit=50").body()).isEqualTo(firstPage);
        assertThat(get(server.baseUri(), "api/openapi.json").statusCode()).isEqualTo(200);
      }
    }
  }
}
